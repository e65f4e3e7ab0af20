package no.hjelperjournal.guidance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import no.hjelperjournal.journal.CoreTopics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled pack: complete, valid, in our own words; and a broken pack is refused with a message that helps. */
class ContentPackTest {

    private static final ContentPack PACK = ContentPack.bundled();
    private static final Path SHARED = Path.of(System.getProperty("hjelperjournal.shared", "../shared"));
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    @TempDir
    Path dir;

    @Test
    void everySectionOfEverySourceIsCitedBySomeSnippet() {
        assertThat(PACK.sources()).hasSize(5);
        for (var source : PACK.sources()) {
            for (var section : source.sections()) {
                assertThat(PACK.snippets())
                        .as("no snippet cites %s — %s", source.title(), section)
                        .anyMatch(s -> s.source().equals(new Snippet.Source(source.title(), section)));
            }
        }
        assertThat(PACK.uncoveredSections()).isEmpty();
    }

    @Test
    void sectionsStandAsHeadingsInTheSeedTexts() throws IOException {
        for (var source : PACK.sources()) {
            var seed = normalised(Files.readString(SHARED.resolve("seeds").resolve(source.seed())));
            assertThat(seed).as("title of %s", source.seed()).contains(normalised(source.title()));
            for (var section : source.sections()) {
                assertThat(seed).as("section of %s", source.seed()).contains(normalised(section));
            }
        }
    }

    @Test
    void snippetsAreCompleteAndUseOnlyKnownTopics() {
        assertThat(PACK.snippets()).hasSizeBetween(50, 100);
        var ids = new HashSet<String>();
        for (var s : PACK.snippets()) {
            assertThat(ids.add(s.id())).as("duplicate id %s", s.id()).isTrue();
            assertThat(s.topics()).isNotEmpty().allMatch(t -> CoreTopics.byId(t).isPresent());
            assertThat(PackReader.wordCount(s.body())).as(s.id()).isBetween(40, 150);
            assertThat(s.title()).isNotBlank();
            s.refer().ifPresent(r -> assertThat(r).isNotBlank());
        }
        // Every core topic but "other" has guidance.
        for (var topic : CoreTopics.ALL) {
            if (!topic.id().equals("other")) {
                assertThat(PACK.snippets()).as("a snippet for %s", topic.id()).anyMatch(s -> s.topics()
                        .contains(topic.id()));
            }
        }
    }

    @Test
    void medicineSnippetsAlwaysReferToADoctor() {
        PACK.snippets().stream()
                .filter(s -> s.topics().getFirst().equals("galactagogues"))
                .forEach(s -> assertThat(s.refer()).as(s.id()).hasValueSatisfying(r -> assertThat(
                                r.toLowerCase(Locale.ROOT))
                        .contains("lege")));
    }

    @Test
    void theNationalGuidelineDosesCarryOverExactly() {
        var all = String.join("\n", PACK.snippets().stream().map(Snippet::body).toList());
        assertThat(all).contains("10 mg").contains("4 uker");
        assertThat(PACK.snippet("med-dose-og-nedtrapping")).isPresent();
    }

    @Test
    void aSnippetWithAnUnknownTopicIsRefusedNamingFileSnippetAndField() throws IOException {
        var pack = copyOfBundled();
        var file = pack.resolve("snippets/dmer-hva-er-dmer.md");
        Files.writeString(file, Files.readString(file).replaceFirst("topics: \\[", "topics: [tannpine, "));
        assertThatThrownBy(() -> ContentPack.read(pack))
                .isInstanceOf(ContentPackException.class)
                .hasMessage("snippets/dmer-hva-er-dmer.md, snippet dmer-hva-er-dmer, field topics: unknown topic id"
                        + " 'tannpine'");
    }

    @Test
    void missingFieldsDuplicateIdsAndUnknownSectionsAreNamed() throws IOException {
        var pack = copyOfBundled();
        var file = pack.resolve("snippets/dmer-hva-er-dmer.md");
        var original = Files.readString(file);

        Files.writeString(file, original.replaceFirst("(?m)^refer:.*\\n", ""));
        assertThatThrownBy(() -> ContentPack.read(pack)).hasMessageContaining("dmer-hva-er-dmer, field refer");

        Files.writeString(file, original.replaceFirst("section: .*", "section: \"Finnes ikke\""));
        assertThatThrownBy(() -> ContentPack.read(pack))
                .hasMessageContaining("snippet dmer-hva-er-dmer, field source.section: 'Finnes ikke' is not a section");

        Files.writeString(file, original.replaceFirst("reviewed: .*", "reviewed: i fjor"));
        assertThatThrownBy(() -> ContentPack.read(pack)).hasMessageContaining("field reviewed: not an ISO date");

        Files.writeString(file, original.substring(0, original.indexOf("\n---\n") + 5) + "For kort tekst.");
        assertThatThrownBy(() -> ContentPack.read(pack)).hasMessageContaining("field body: 3 words");

        Files.writeString(file, original.replace("title:", "title: [uavsluttet"));
        assertThatThrownBy(() -> ContentPack.read(pack))
                .hasMessageContaining(
                        "dmer-hva-er-dmer.md, snippet dmer-hva-er-dmer, field front matter: not valid YAML");

        Files.writeString(file, original);
        Files.writeString(
                pack.resolve("snippets/dmer-kopi.md"), original.replace("id: dmer-hva-er-dmer", "id: dmer-kopi"));
        Files.writeString(file, original.replace("id: dmer-hva-er-dmer", "id: dmer-kopi"));
        assertThatThrownBy(() -> ContentPack.read(pack)).hasMessageContaining("field id");
    }

    @Test
    void aReplyTooLongForTwoTextMessagesOrAnUnknownExtraSourceIsNamed() throws IOException {
        var pack = copyOfBundled();
        var file = pack.resolve("snippets/pump-blod-i-melken.md");
        var original = Files.readString(file);

        Files.writeString(
                file, original.replaceFirst("(?m)^reply: .*$", "reply: \"" + "Blod i melken. ".repeat(25) + "\""));
        assertThatThrownBy(() -> ContentPack.read(pack))
                .hasMessageContaining("snippet pump-blod-i-melken, field reply: 37")
                .hasMessageContaining("characters; a reply fits in two text messages (300)");

        Files.writeString(
                file,
                original.replaceFirst(
                        "(?m)^also: .*$",
                        "also:\n  - document: \"Pumping av morsmelk\"\n    section: \"Finnes ikke\""));
        assertThatThrownBy(() -> ContentPack.read(pack))
                .hasMessageContaining("snippet pump-blod-i-melken, field also")
                .hasMessageContaining("'Finnes ikke' is not a section");

        Files.writeString(file, original);
        var read = ContentPack.read(pack).snippet("pump-blod-i-melken").orElseThrow();
        assertThat(read.reply()).hasValueSatisfying(r -> assertThat(r).hasSizeLessThanOrEqualTo(300));
        assertThat(read.copyText()).isEqualTo(read.reply().orElseThrow());
    }

    @Test
    void aBrokenSynonymListOrRedFlagIsNamed() throws IOException {
        var pack = copyOfBundled();
        var flags = pack.resolve("redflags.yaml");
        var original = Files.readString(flags);
        Files.writeString(flags, original.replaceFirst("(?m)^      - all: \\[acute\\]", "      - all: [akutt]"));
        assertThatThrownBy(() -> ContentPack.read(pack))
                .hasMessageContaining("redflags.yaml, snippet baby-acute, field rules: no concept named 'akutt'");

        // A message that says nobody to contact: what a YAML alias (*fever) used to be read as.
        Files.writeString(
                flags,
                original.replaceFirst(
                        "(?m)^        message: >-\\n          Feber sammen med[^\\n]*\\n[^\\n]*\\n",
                        "        message: fever\n"));
        assertThatThrownBy(() -> ContentPack.read(pack))
                .hasMessageContaining("redflags.yaml, snippet fever-red-breast, field message: 'fever' says nobody");

        // A key written twice would drop the first list without a word.
        Files.writeString(
                flags,
                original.replaceFirst(
                        "(?m)^  long-qt:\n", "  long-qt:\n    exclude: [\"lang qt\"]\n    exclude: [\"qt\"]\n"));
        assertThatThrownBy(() -> ContentPack.read(pack))
                .hasMessageContaining("redflags.yaml")
                .hasMessageContaining("Duplicate field 'exclude'");

        Files.writeString(flags, original.replaceFirst("(?m)^modifiers:", "modifiers:\n  perhaps: [kanskje]"));
        assertThatThrownBy(() -> ContentPack.read(pack))
                .hasMessageContaining("redflags.yaml, snippet modifiers, field perhaps: not a modifier");
    }

    @Test
    void theBundledPackIsReadFromTheJarAsWellAsFromAFolder() {
        assertThat(PACK.version()).matches("\\d{4}\\.\\d+\\.\\d+");
        assertThat(PACK.redFlags().flags()).extracting(RedFlag::id).contains("fever-red-breast", "thoughts-of-harm");
        assertThat(PACK.topicProfiles()).containsKeys("dmer", "mastitis");
    }

    private Path copyOfBundled() throws IOException {
        return no.hjelperjournal.support.TestPacks.folder(dir.resolve("pack"));
    }

    private static String normalised(String text) {
        return String.join(" ", words(text));
    }

    private static List<String> words(String text) {
        var result = new ArrayList<String>();
        WORD.matcher(text.toLowerCase(Locale.ROOT)).results().forEach(m -> result.add(m.group()));
        return result;
    }
}
