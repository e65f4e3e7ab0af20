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
    private static final java.util.regex.Pattern CONTACT = java.util.regex.Pattern.compile(
            "(?iu)(113|116 117|116 123|\\blege|fastlege|legevakt|helsestasjon|helsesykepleier|jordmor)");

    /** Two text messages. */
    static final int MAX_REPLY_CHARS = 300;

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    /** A key written twice is an editing slip that would silently drop the first list: refuse it. */
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

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
                examples(root),
                redFlags(root),
                warningNotes(root));
    }

    /** {@code warning-notes/*.tsv}: expected warning ids or {@code none}, a tab, a kind, a tab, the note. Optional. */
    private static List<ContentPack.WarningNote> warningNotes(Path root) {
        var result = new ArrayList<ContentPack.WarningNote>();
        if (!Files.isDirectory(root.resolve("warning-notes"))) {
            return result;
        }
        for (var file : list(root.resolve("warning-notes"), ".tsv")) {
            var set = file.getFileName().toString().replaceFirst("\\.tsv$", "");
            try {
                for (var c : FlagEvaluation.read(file)) {
                    result.add(new ContentPack.WarningNote(set, c.expected(), c.text()));
                }
            } catch (IllegalArgumentException e) {
                throw ContentPackException.at("warning-notes/" + file.getFileName(), "-", "-", e.getMessage());
            }
        }
        return result;
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
        var source = source(head.path("source"), sources, name, id, "source");
        var also = new ArrayList<Snippet.Source>();
        var alsoNode = head.path("also");
        for (int i = 0; i < alsoNode.size(); i++) {
            also.add(source(alsoNode.get(i), sources, name, id, "also[" + (i + 1) + "]"));
        }
        var referNode = head.get("refer");
        if (referNode == null) {
            throw ContentPackException.at(name, id, "refer", "missing (write refer: null when none is needed)");
        }
        var refer = optional(head, "refer", name, id);
        var caveat = optional(head, "caveat", name, id);
        var reply = optional(head, "reply", name, id);
        if (reply.isPresent() && reply.get().length() > MAX_REPLY_CHARS) {
            throw ContentPackException.at(
                    name,
                    id,
                    "reply",
                    reply.get().length() + " characters; a reply fits in two text messages (" + MAX_REPLY_CHARS + ")");
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
        return new Snippet(id, title, topics, source, also, refer, caveat, reply, reviewed, body);
    }

    private static Snippet.Source source(
            JsonNode node, Map<String, SourceDocument> sources, String name, String id, String field) {
        var document = text(node, "document", name, id, field + ".document");
        var section = text(node, "section", name, id, field + ".section");
        var source = sources.get(document);
        if (source == null) {
            throw ContentPackException.at(name, id, field + ".document", "no source with the title '" + document + "'");
        }
        if (!source.sections().contains(section)) {
            throw ContentPackException.at(
                    name, id, field + ".section", "'" + section + "' is not a section of '" + document + "'");
        }
        return new Snippet.Source(document, section);
    }

    /** A text field that may be absent or null; present, it must not be empty. */
    private static Optional<String> optional(JsonNode head, String field, String name, String id) {
        var node = head.get(field);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        var value = node.isValueNode() ? node.asText().strip() : "";
        if (value.isEmpty()) {
            throw ContentPackException.at(name, id, field, "empty (write " + field + ": null when there is none)");
        }
        return Optional.of(value);
    }

    /** {@code examples.tsv}: topic ids (comma-separated, main first), a tab, the note. Optional. */
    private static List<ContentPack.Example> examples(Path root) {
        var file = root.resolve("examples.tsv");
        if (!Files.exists(file)) {
            return List.of();
        }
        var result = new ArrayList<ContentPack.Example>();
        var number = 0;
        for (var line : read(file, "examples.tsv").lines().toList()) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            var tab = line.indexOf('\t');
            if (tab < 0) {
                throw ContentPackException.at("examples.tsv", "line " + number, "-", "topics<TAB>note expected");
            }
            var topics = new ArrayList<String>();
            for (var id : line.substring(0, tab).split(",")) {
                var topic = id.strip();
                if (CoreTopics.byId(topic).isEmpty()) {
                    throw ContentPackException.at(
                            "examples.tsv", "line " + number, "topics", "unknown topic id '" + topic + "'");
                }
                topics.add(topic);
            }
            result.add(new ContentPack.Example(topics, line.substring(tab + 1).strip()));
        }
        return result;
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

    private static final String FLAGS = "redflags.yaml";

    private static RedFlagRules redFlags(Path root) {
        var file = root.resolve(FLAGS);
        if (!Files.exists(file)) {
            return RedFlagRules.NONE;
        }
        var node = yaml(file, FLAGS);
        var modifiers = new java.util.EnumMap<RedFlagRules.Modifier, List<String>>(RedFlagRules.Modifier.class);
        var modifierNode = node.path("modifiers");
        for (var modifier : RedFlagRules.Modifier.values()) {
            modifiers.put(modifier, strings(modifierNode.path(yamlName(modifier)), FLAGS, "modifiers", false));
        }
        modifierNode.fieldNames().forEachRemaining(name -> {
            if (!name.equals("negation-skip")
                    && java.util.Arrays.stream(RedFlagRules.Modifier.values())
                            .noneMatch(m -> yamlName(m).equals(name))) {
                throw ContentPackException.at(FLAGS, "modifiers", name, "not a modifier this version knows");
            }
        });
        var classes = new HashMap<String, List<String>>();
        var classNode = node.path("classes");
        classNode
                .fieldNames()
                .forEachRemaining(
                        name -> classes.put(name, strings(classNode.get(name), FLAGS, "<" + name + ">", true)));
        var concepts = new java.util.LinkedHashMap<String, RedFlagRules.Concept>();
        var conceptNode = node.path("concepts");
        conceptNode.fieldNames().forEachRemaining(name -> {
            var c = conceptNode.get(name);
            var cancelled = new java.util.HashSet<RedFlagRules.Cancel>();
            var cancelNode = c.get("cancelled-by");
            if (cancelNode == null) {
                cancelled.addAll(List.of(RedFlagRules.Cancel.values()));
            } else {
                for (var v : strings(cancelNode, FLAGS, name, false)) {
                    try {
                        var cancel = RedFlagRules.Cancel.valueOf(
                                v.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
                        cancelled.add(cancel);
                        // An episode that is over is past; so is one long ago.
                        if (cancel == RedFlagRules.Cancel.PAST) {
                            cancelled.add(RedFlagRules.Cancel.DISTANT_PAST);
                        }
                    } catch (IllegalArgumentException e) {
                        throw ContentPackException.at(
                                FLAGS,
                                name,
                                "cancelled-by",
                                "'" + v + "' is not negation, past, distant-past or hypothetical");
                    }
                }
            }
            concepts.put(
                    name,
                    new RedFlagRules.Concept(
                            strings(c.path("patterns"), FLAGS, name, true),
                            strings(c.path("exclude"), FLAGS, name, false),
                            strings(c.path("unless"), FLAGS, name, false),
                            cancelled));
        });
        var flags = new ArrayList<RedFlag>();
        for (var f : node.path("flags")) {
            var id = text(f, "id", FLAGS, "-");
            var rules = new ArrayList<RedFlag.Rule>();
            for (var r : f.path("rules")) {
                var all = strings(r.path("all"), FLAGS, id, true);
                var none = strings(r.path("none"), FLAGS, id, false);
                for (var concept : concat(all, none)) {
                    if (!concepts.containsKey(concept)) {
                        throw ContentPackException.at(FLAGS, id, "rules", "no concept named '" + concept + "'");
                    }
                }
                var message = text(r, "message", FLAGS, id);
                // Every warning says whom to contact. This also refuses a YAML alias (*name), which the reader would
                // otherwise take as the message "name".
                if (!CONTACT.matcher(message).find()) {
                    throw ContentPackException.at(
                            FLAGS, id, "message", "'" + message + "' says nobody to contact (113, 116 117, lege …)");
                }
                rules.add(new RedFlag.Rule(all, none, message));
            }
            if (rules.isEmpty()) {
                throw ContentPackException.at(FLAGS, id, "rules", "no rules");
            }
            var learned = f.hasNonNull("learned-message")
                    ? text(f, "learned-message", FLAGS, id)
                    : rules.getFirst().message();
            if (!CONTACT.matcher(learned).find()) {
                throw ContentPackException.at(
                        FLAGS,
                        id,
                        "learned-message",
                        "'" + learned + "' says nobody to contact (113, 116 117, lege …)");
            }
            flags.add(new RedFlag(id, rules, learned));
        }
        return new RedFlagRules(
                modifiers,
                strings(modifierNode.path("negation-skip"), FLAGS, "modifiers", false),
                strings(node.path("exclusions"), FLAGS, "exclusions", false),
                classes,
                concepts,
                flags);
    }

    private static String yamlName(RedFlagRules.Modifier modifier) {
        return modifier.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    private static List<String> concat(List<String> a, List<String> b) {
        var all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** A YAML list of non-empty strings; {@code required} refuses an absent or empty list. */
    private static List<String> strings(JsonNode list, String file, String where, boolean required) {
        var result = new ArrayList<String>();
        if (!list.isMissingNode() && !list.isNull() && !list.isArray()) {
            throw ContentPackException.at(file, where, "-", "expected a list");
        }
        for (var item : list) {
            if (!item.isValueNode() || item.asText().isBlank()) {
                throw ContentPackException.at(file, where, "-", "an empty entry in a list");
            }
            result.add(item.asText().strip());
        }
        if (required && result.isEmpty()) {
            throw ContentPackException.at(file, where, "-", "an empty list");
        }
        return result;
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
