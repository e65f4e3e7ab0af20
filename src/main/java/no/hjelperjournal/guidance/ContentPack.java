package no.hjelperjournal.guidance;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.ProviderNotFoundException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipException;

/**
 * A guidance content pack: snippets written from the source documents, the sources' section lists, the domain words
 * the analysis needs (synonyms, compound parts) and the red flags. Read by {@link PackReader}; immutable.
 *
 * @param synonyms Solr synonym rules, one per line
 * @param compoundParts words the decompounder looks for inside longer words (ammesorg → amme + sorg)
 * @param contextWords words that say who and when rather than what (baby, uke, ringte); they weigh less in matching
 * @param topicProfiles for each core topic id, what it covers in everyday words; for suggesting topics only
 * @param examples labelled example notes; the ones nearest a note vote on its suggested topics
 * @param warningNotes notes labelled with the referral warnings they should raise (none for a near miss), grouped in
 *     the sets they were written in; the learned backstop behind the rules is trained on them
 */
public record ContentPack(
        String version,
        List<SourceDocument> sources,
        List<Snippet> snippets,
        String synonyms,
        List<String> compoundParts,
        List<String> contextWords,
        Map<String, String> topicProfiles,
        List<Example> examples,
        RedFlagRules redFlags,
        List<WarningNote> warningNotes) {

    /** A labelled example note (synthetic, written as volunteers write): its topics, the main one first. */
    public record Example(List<String> topics, String text) {
        public Example {
            topics = List.copyOf(topics);
        }
    }

    /** A note and the warnings it should raise, from the set {@code set} (its file name without {@code .tsv}). */
    public record WarningNote(String set, List<String> expected, String text) {
        public WarningNote {
            expected = List.copyOf(expected);
        }
    }

    /** The same pack with other example notes, for measuring how the matcher does on notes it has not seen. */
    public ContentPack withExamples(List<Example> others) {
        return with(others, warningNotes);
    }

    /** The same pack with other warning notes: for cross-validation, or none for the rules alone. */
    public ContentPack withWarningNotes(List<WarningNote> others) {
        return with(examples, others);
    }

    private ContentPack with(List<Example> otherExamples, List<WarningNote> otherWarningNotes) {
        return new ContentPack(
                version,
                sources,
                snippets,
                synonyms,
                compoundParts,
                contextWords,
                topicProfiles,
                otherExamples,
                redFlags,
                otherWarningNotes);
    }

    /**
     * The same pack without the example notes that have one of these texts: an evaluation set is measured on a
     * matcher that has never seen its own notes.
     */
    public ContentPack withoutExamples(java.util.Collection<String> texts) {
        var leaveOut = new HashSet<String>();
        texts.forEach(t -> leaveOut.add(t.strip()));
        return withExamples(examples.stream()
                .filter(e -> !leaveOut.contains(e.text().strip()))
                .toList());
    }

    public ContentPack {
        sources = List.copyOf(sources);
        snippets = List.copyOf(snippets);
        compoundParts = List.copyOf(compoundParts);
        contextWords = List.copyOf(contextWords);
        topicProfiles = Map.copyOf(topicProfiles);
        examples = List.copyOf(examples);
        warningNotes = List.copyOf(warningNotes);
    }

    public Optional<Snippet> snippet(String id) {
        return snippets.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** Sections of the sources that no snippet cites, as "document — section"; empty for a complete pack. */
    public List<String> uncoveredSections() {
        var cited = new HashSet<Snippet.Source>();
        snippets.forEach(s -> cited.addAll(s.sources()));
        return sources.stream()
                .flatMap(d -> d.sections().stream()
                        .filter(section -> !cited.contains(new Snippet.Source(d.title(), section)))
                        .map(section -> d.title() + " — " + section))
                .toList();
    }

    /** The pack bundled with the app (the top-level {@code resources/content/} folder, on the class path). */
    public static ContentPack bundled() {
        var url = ContentPack.class.getResource("/content/pack.yaml");
        if (url == null) {
            throw new ContentPackException("the bundled guidance pack is missing from the class path");
        }
        try {
            if ("jar".equals(url.getProtocol())) {
                var spec = url.getPath(); // file:/…/hjelperjournal.jar!/content/pack.yaml
                var jar = Path.of(new java.net.URI(spec.substring(0, spec.indexOf("!/"))));
                try (var zip = FileSystems.newFileSystem(jar)) {
                    return PackReader.read(zip.getPath("/content"));
                }
            }
            return PackReader.read(Path.of(url.toURI()).getParent());
        } catch (IOException | URISyntaxException e) {
            throw new ContentPackException("the bundled guidance pack cannot be read: " + e.getMessage(), e);
        }
    }

    /** Reads a pack from a folder or a zip file (with {@code pack.yaml} at its root or in one top folder). */
    public static ContentPack read(Path folderOrZip) {
        if (Files.isDirectory(folderOrZip)) {
            return PackReader.read(folderOrZip);
        }
        try (var zip = FileSystems.newFileSystem(folderOrZip)) {
            var root = zip.getPath("/");
            if (!Files.exists(root.resolve("pack.yaml"))) {
                try (var top = Files.list(root)) {
                    root = top.filter(p -> Files.exists(p.resolve("pack.yaml")))
                            .findFirst()
                            .orElseThrow(() -> new ContentPackException(
                                    folderOrZip.getFileName() + ": no pack.yaml in the file; is it a guidance pack?"));
                }
            }
            return PackReader.read(root);
        } catch (ZipException | ProviderNotFoundException e) {
            throw new ContentPackException(folderOrZip.getFileName() + ": not a zip file");
        } catch (IOException e) {
            throw new ContentPackException(folderOrZip.getFileName() + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }
}
