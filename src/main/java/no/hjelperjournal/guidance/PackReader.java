package no.hjelperjournal.guidance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import no.hjelperjournal.journal.CoreTopics;

/**
 * Reads and validates a pack folder (the layout of {@code resources/content/README.md}). Every problem is reported
 * with the file, the snippet and the field, so whoever edits the pack by hand can find it at once.
 */
final class PackReader {

    static final int MIN_WORDS = 40;
    static final int MAX_WORDS = 150;
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final YAMLMapper YAML = new YAMLMapper();

    private PackReader() {}

    static ContentPack read(Path root) {
        var packFile = yaml(root.resolve("pack.yaml"), "pack.yaml");
        var version = text(packFile, "version", "pack.yaml", "-");
        var sources = sources(root);
        var snippets = snippets(root, sources);
        var synonyms = optionalText(root.resolve("synonyms.txt"));
        return new ContentPack(
                version,
                sources,
                snippets,
                synonyms,
                wordList(root.resolve("compounds.txt")),
                wordList(root.resolve("context.txt")),
                topicProfiles(root),
                redFlags(root));
    }

    /** One word per line; blank lines and {@code #} comments skipped; an absent file is an empty list. */
    private static List<String> wordList(Path file) {
        return optionalText(file)
                .lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .toList();
    }

    private static List<SourceDocument> sources(Path root) {
        var result = new ArrayList<SourceDocument>();
        for (var file : list(root.resolve("sources"), ".yaml")) {
            var name = "sources/" + file.getFileName();
            var node = yaml(file, name);
            var sections = new ArrayList<String>();
            node.path("sections").forEach(s -> sections.add(s.asText().strip()));
            if (sections.isEmpty()) {
                throw ContentPackException.at(name, "-", "sections", "no sections listed");
            }
            result.add(new SourceDocument(text(node, "seed", name, "-"), text(node, "title", name, "-"), sections));
        }
        if (result.isEmpty()) {
            throw new ContentPackException("sources/: no source documents in the pack");
        }
        return result;
    }

    private static List<Snippet> snippets(Path root, List<SourceDocument> sources) {
        var byTitle = new HashMap<String, SourceDocument>();
        sources.forEach(s -> byTitle.put(s.title(), s));
        var seen = new HashMap<String, String>();
        var result = new ArrayList<Snippet>();
        for (var file : list(root.resolve("snippets"), ".md")) {
            var snippet = snippet(file, byTitle);
            var earlier = seen.put(snippet.id(), file.getFileName().toString());
            if (earlier != null) {
                throw ContentPackException.at(
                        "snippets/" + file.getFileName(), snippet.id(), "id", "the same id is used in " + earlier);
            }
            result.add(snippet);
        }
        if (result.isEmpty()) {
            throw new ContentPackException("snippets/: no snippets in the pack");
        }
        return result;
    }

    private static Snippet snippet(Path file, Map<String, SourceDocument> sources) {
        var name = "snippets/" + file.getFileName();
        var raw = read(file, name).replace("\r\n", "\n");
        var fileId = file.getFileName().toString().replaceFirst("\\.md$", "");
        if (!raw.startsWith("---\n")) {
            throw ContentPackException.at(name, fileId, "front matter", "the file must start with a --- line");
        }
        var end = raw.indexOf("\n---\n", 4);
        if (end < 0) {
            throw ContentPackException.at(name, fileId, "front matter", "no closing --- line");
        }
        JsonNode head;
        try {
            head = YAML.readTree(raw.substring(4, end));
        } catch (IOException e) {
            throw ContentPackException.at(name, fileId, "front matter", "not valid YAML (" + firstLine(e) + ")");
        }
        var body = raw.substring(end + 5).strip();
        var id = text(head, "id", name, fileId);
        if (!ID.matcher(id).matches()) {
            throw ContentPackException.at(name, id, "id", "use lowercase letters, digits and -");
        }
        if (!id.equals(fileId)) {
            throw ContentPackException.at(name, id, "id", "must equal the file name without .md");
        }
        var title = text(head, "title", name, id);
        var topics = new ArrayList<String>();
        head.path("topics").forEach(t -> topics.add(t.asText()));
        if (topics.isEmpty() || topics.size() > 3) {
            throw ContentPackException.at(name, id, "topics", "give one to three topic ids");
        }
        for (var topic : topics) {
            if (CoreTopics.byId(topic).isEmpty()) {
                throw ContentPackException.at(name, id, "topics", "unknown topic id '" + topic + "'");
            }
        }
        var sourceNode = head.path("source");
        var document = text(sourceNode, "document", name, id, "source.document");
        var section = text(sourceNode, "section", name, id, "source.section");
        var source = sources.get(document);
        if (source == null) {
            throw ContentPackException.at(name, id, "source.document", "no source with the title '" + document + "'");
        }
        if (!source.sections().contains(section)) {
            throw ContentPackException.at(
                    name, id, "source.section", "'" + section + "' is not a section of '" + document + "'");
        }
        var referNode = head.get("refer");
        if (referNode == null) {
            throw ContentPackException.at(name, id, "refer", "missing (write refer: null when none is needed)");
        }
        Optional<String> refer = referNode.isNull()
                ? Optional.empty()
                : Optional.of(referNode.asText().strip());
        if (refer.isPresent() && refer.get().isEmpty()) {
            throw ContentPackException.at(name, id, "refer", "empty (write refer: null when none is needed)");
        }
        LocalDate reviewed;
        try {
            reviewed = LocalDate.parse(text(head, "reviewed", name, id));
        } catch (DateTimeParseException e) {
            throw ContentPackException.at(name, id, "reviewed", "not an ISO date (YYYY-MM-DD)");
        }
        var words = wordCount(body);
        if (words < MIN_WORDS || words > MAX_WORDS) {
            throw ContentPackException.at(
                    name, id, "body", words + " words; a snippet has " + MIN_WORDS + "–" + MAX_WORDS + " words");
        }
        if (body.lines().anyMatch(l -> l.startsWith("#"))) {
            throw ContentPackException.at(name, id, "body", "no headings in a snippet");
        }
        return new Snippet(id, title, topics, new Snippet.Source(document, section), refer, reviewed, body);
    }

    private static Map<String, String> topicProfiles(Path root) {
        var file = root.resolve("topics.yaml");
        var profiles = new HashMap<String, String>();
        if (!Files.exists(file)) {
            return profiles;
        }
        var topics = yaml(file, "topics.yaml").path("topics");
        topics.fieldNames().forEachRemaining(id -> {
            if (CoreTopics.byId(id).isEmpty()) {
                throw ContentPackException.at("topics.yaml", id, "topics", "unknown topic id '" + id + "'");
            }
            profiles.put(id, text(topics, id, "topics.yaml", id));
        });
        return profiles;
    }

    private static List<RedFlag> redFlags(Path root) {
        var file = root.resolve("redflags.yaml");
        if (!Files.exists(file)) {
            return List.of();
        }
        var flags = new ArrayList<RedFlag>();
        for (var node : yaml(file, "redflags.yaml").path("flags")) {
            var id = text(node, "id", "redflags.yaml", "-");
            var message = text(node, "message", "redflags.yaml", id);
            var groups = new ArrayList<List<String>>();
            node.path("all").forEach(group -> {
                var alternatives = new ArrayList<String>();
                group.forEach(a -> alternatives.add(a.asText()));
                if (alternatives.isEmpty()) {
                    throw ContentPackException.at("redflags.yaml", id, "all", "an empty group");
                }
                groups.add(alternatives);
            });
            if (groups.isEmpty()) {
                throw ContentPackException.at("redflags.yaml", id, "all", "no trigger groups");
            }
            flags.add(new RedFlag(id, message, groups));
        }
        return flags;
    }

    static int wordCount(String text) {
        return (int) WORD.matcher(text).results().count();
    }

    private static String text(JsonNode node, String field, String file, String snippet) {
        return text(node, field, file, snippet, field);
    }

    private static String text(JsonNode node, String field, String file, String snippet, String fieldName) {
        var value = node.get(field);
        if (value == null
                || value.isNull()
                || !value.isValueNode()
                || value.asText().isBlank()) {
            throw ContentPackException.at(file, snippet, fieldName, "missing or empty");
        }
        return value.asText().strip();
    }

    private static JsonNode yaml(Path file, String name) {
        try {
            var node = YAML.readTree(read(file, name));
            if (node == null || !node.isObject()) {
                throw ContentPackException.at(name, "-", "-", "expected YAML with named fields");
            }
            return node;
        } catch (IOException e) {
            throw ContentPackException.at(name, "-", "-", "not valid YAML (" + firstLine(e) + ")");
        }
    }

    private static String read(Path file, String name) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new ContentPackException(name + ": missing from the pack");
        } catch (IOException e) {
            throw new ContentPackException(name + ": cannot be read as UTF-8 text", e);
        }
    }

    private static String optionalText(Path file) {
        return Files.exists(file) ? read(file, file.getFileName().toString()) : "";
    }

    private static List<Path> list(Path dir, String suffix) {
        if (!Files.isDirectory(dir)) {
            throw new ContentPackException(dir.getFileName() + "/: missing from the pack");
        }
        try (var files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(suffix))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new ContentPackException(dir.getFileName() + "/: cannot be listed", e);
        }
    }

    private static String firstLine(Exception e) {
        var message = String.valueOf(e.getMessage());
        return message.lines().findFirst().orElse(message);
    }
}
