package no.hjelperjournal.guidance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The editorial checks against the real seed texts: the bundled pack passes them all, and each kind of slip an editor
 * makes (a copied run, a lightly reworded sentence, a dose without the doctor, a missing caveat, a reply that talks
 * about the mother) is found in a copy of the pack and named.
 */
class PackCheckTest {

    private static final Path SEEDS =
            Path.of(System.getProperty("hjelperjournal.shared", "../shared")).resolve("seeds");
    private static final PackCheck CHECK = PackCheck.withSeeds(SEEDS);

    @TempDir
    Path dir;

    private int copies;

    @Test
    void theBundledPackPassesEveryEditorialCheck() {
        var pack = ContentPack.bundled();
        assertThat(pack.snippets()).allMatch(s -> s.reply().isPresent());
        assertThat(CHECK.check(pack)).isEmpty();
    }

    @Test
    void copyingIsFoundAsARunAParaphraseOrARewordedSentence() throws IOException {
        // A run of six words straight from the source text on metoclopramide.
        var copied = longestParagraph("med-afipran-hva-er-det", "Det må også informeres om mulige bivirkninger.");
        assertThat(copied)
                .anyMatch(f -> f.rule().equals("copied run") && f.detail().contains("informeres om mulige"));

        // The source sentence with its words moved about and two swapped: no six-word run survives.
        var reworded = longestParagraph(
                "med-afipran-hva-er-det",
                "Ammende kvinner som ikke har høyt nivå av prolaktin allerede, kan også få økt melkeproduksjon av den.");
        assertThat(reworded)
                .anyMatch(f -> f.field().equals("body")
                        && (f.rule().equals("reworded source sentence")
                                || f.rule().equals("close paraphrase")));
        // Only the added sentence is named, not the snippet's own.
        assertThat(reworded).allMatch(f -> f.detail().contains("prolaktin"));
    }

    @Test
    void aFigureSharedWithTheSourceIsAFactNotCopying() throws IOException {
        var found = longestParagraph(
                "med-dose-og-nedtrapping", "Forslaget er 10 mg x 3 i 1–2 uker, og det er legen som bestemmer.");
        assertThat(found).noneMatch(f -> f.rule().equals("copied run"));
    }

    @Test
    void aDoseMustBeTheDoctorsAndNeverAnInvitation() throws IOException {
        // A reply that names a dose and not the doctor who decides it.
        var bare = findingsWith(
                "med-dose-og-nedtrapping",
                text -> text.replaceFirst(
                        "(?m)^reply: .*$", "reply: \"Mange tar 10 mg tre ganger om dagen; spør legen din.\""));
        assertThat(bare)
                .anyMatch(f -> f.field().equals("reply")
                        && f.rule().equals("medicine")
                        && f.detail().contains("doctor decides"));

        var invitation = longestParagraph("med-dose-og-nedtrapping", "Hun kan trappe ned selv når det passer.");
        assertThat(invitation)
                .anyMatch(f -> f.field().equals("body") && f.rule().equals("medicine"));
    }

    @Test
    void aMedicineCardWithoutItsCaveatIsNamed() throws IOException {
        var found =
                findingsWith("med-afipran-hva-er-det", text -> text.replaceFirst("(?m)^caveat: .*$", "caveat: null"));
        assertThat(found).anyMatch(f -> f.field().equals("caveat") && f.rule().equals("caveat"));
    }

    @Test
    void aReplySpeaksToTheParentAndSendsHerOnWhenTheCardDoes() throws IOException {
        var aboutHer = findingsWith(
                "pump-blod-eller-puss-nar-lege",
                text -> text.replaceFirst(
                        "(?m)^reply: .*$", "reply: \"Mor kan trygt gi melken til babyen, og hun bør kontakte lege.\""));
        assertThat(aboutHer)
                .anyMatch(f -> f.field().equals("reply") && f.detail().contains("(du)"));
        assertThat(aboutHer)
                .anyMatch(f -> f.field().equals("reply") && f.detail().contains("«Mor»"));

        var noDoctor = findingsWith(
                "pump-blod-eller-puss-nar-lege",
                text -> text.replaceFirst(
                        "(?m)^reply: .*$", "reply: \"Du kan trygt gi melken til babyen din, den skader ikke.\""));
        assertThat(noDoctor).anyMatch(f -> f.detail().contains("refers on"));

        var none = findingsWith("pump-blod-eller-puss-nar-lege", text -> text.replaceFirst("(?m)^reply: .*\\n", ""));
        assertThat(none).anyMatch(f -> f.detail().equals("no reply to the parent"));
    }

    /** The findings after the body's longest paragraph is replaced (the rest keeps the body long enough). */
    private List<PackCheck.Finding> longestParagraph(String id, String replacement) throws IOException {
        return findingsWith(id, text -> {
            var bodyStart = text.indexOf("\n---\n") + 5;
            var paragraphs = List.of(text.substring(bodyStart).split("\n\n"));
            var longest = paragraphs.stream()
                    .max(java.util.Comparator.comparingInt(String::length))
                    .orElseThrow();
            return text.substring(0, bodyStart) + text.substring(bodyStart).replace(longest, replacement);
        });
    }

    private List<PackCheck.Finding> findingsWith(String id, java.util.function.UnaryOperator<String> change)
            throws IOException {
        var pack = copyOfBundled();
        var file = pack.resolve("snippets/" + id + ".md");
        Files.writeString(file, change.apply(Files.readString(file)));
        var found = CHECK.check(ContentPack.read(pack));
        // Nothing but the changed snippet is named.
        assertThat(found).allMatch(f -> f.snippet().equals(id));
        return found;
    }

    private Path copyOfBundled() throws IOException {
        return no.hjelperjournal.support.TestPacks.folder(dir.resolve("pack" + copies++));
    }
}
