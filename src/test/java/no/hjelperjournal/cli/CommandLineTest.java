package no.hjelperjournal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import no.hjelperjournal.support.AppProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line contract, run in a separate JVM as a volunteer's terminal would run it. */
class CommandLineTest {

    private static final java.nio.file.Path SHARED =
            java.nio.file.Path.of(System.getProperty("hjelperjournal.shared", "../shared"));

    private static final String PASS = "riktig hest batteri stift";

    @TempDir
    Path dir;

    private AppProcess.Result run(String... args) {
        var all = new java.util.ArrayList<>(
                List.of("--data-dir", dir.resolve("data").toString()));
        all.addAll(List.of(args));
        return AppProcess.run(PASS, all.toArray(String[]::new));
    }

    @Test
    void initImportVerifyAndTheirErrors() throws Exception {
        var init = run("init");
        assertThat(init.exitCode()).as(init.err()).isZero();

        var again = run("init");
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).startsWith("error: ").contains("already exists").doesNotContain("Exception");

        var csv = dir.resolve("contacts.csv");
        Files.writeString(
                csv,
                "started_at,channel,caller,baby_age_weeks,topics,case,notes\n"
                        + "2026-11-20T21:30,phone,mother,3,mastitis;oversupply,\"Mor, baby 3 uker\",\"Vondt i bryst, æøå\"\n"
                        + "2026-11-21T10:00,sms,mother,3,pumping,\"Mor, baby 3 uker\",Oppfølging\n"
                        + "2026-11-21T11:00,chat,partner,,dmer,Mor K,\n",
                StandardCharsets.UTF_8);
        var imported = run("import", csv.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("imported 3 contacts");

        var bad = dir.resolve("bad.csv");
        Files.writeString(
                bad,
                "started_at,channel,caller,baby_age_weeks,topics,case,notes\n"
                        + "2026-11-22T21:30,phone,mother,3,mastitis,Mor A,fint\n"
                        + "2026-11-22T21:31,fax,mother,3,mastitis,Mor A,fint\n",
                StandardCharsets.UTF_8);
        var rejected = run("import", bad.toString());
        assertThat(rejected.exitCode()).isEqualTo(1);
        assertThat(rejected.err()).contains("error: row 3, column channel: unknown channel 'fax'");
        assertThat(rejected.err()).doesNotContain("Exception").doesNotContain("\tat ");

        var verify = run("verify");
        assertThat(verify.exitCode()).as(verify.err()).isZero();
        assertThat(verify.out()).contains("contacts: 3").contains("cases: 2");

        var missing = run("import", dir.resolve("nope.csv").toString());
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).startsWith("error: no such file");
    }

    @Test
    void backupAndRestoreFromTheCommandLine() throws Exception {
        assertThat(run("init").exitCode()).isZero();
        assertThat(run("demo", "--contacts", "30").exitCode()).isZero();
        var file = dir.resolve("copy.hjbackup");
        var backup = run("backup", "--out", file.toString());
        assertThat(backup.exitCode()).as(backup.err()).isZero();
        assertThat(backup.out()).contains("backup written and verified").contains("30 contacts");

        var refused = run("restore", file.toString());
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err())
                .contains("already exists")
                .contains("--replace")
                .doesNotContain("Exception");

        var restored = run("restore", "--replace", file.toString());
        assertThat(restored.exitCode()).as(restored.err()).isZero();
        assertThat(restored.out()).contains("restored 30 contacts");
        try (var aside = Files.list(dir.resolve("data"))) {
            assertThat(aside.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("replaced-"));
        }
        assertThat(run("verify").out()).contains("contacts: 30");
    }

    private AppProcess.Result runWith(Map<String, String> env, String... args) {
        var all = new java.util.ArrayList<>(
                List.of("--data-dir", dir.resolve("data").toString()));
        all.addAll(List.of(args));
        return AppProcess.run(env, List.of(), all.toArray(String[]::new));
    }

    @Test
    void passphrasesAreReadAsUtf8InAnyLocaleAndMatchInEitherUnicodeForm() {
        var ae = "æææææ ååååå";
        var init = runWith(Map.of("HJELPERJOURNAL_PASSPHRASE", ae, "LC_ALL", "C"), "init");
        assertThat(init.exitCode()).as(init.err()).isZero();
        // Under LC_ALL=C Java's own decoding makes both of these "?????": they must not be one passphrase.
        var other = runWith(Map.of("HJELPERJOURNAL_PASSPHRASE", "øøøøø ååååå", "LC_ALL", "C"), "verify");
        assertThat(other.err().strip()).isEqualTo("error: wrong passphrase");
        assertThat(runWith(Map.of("HJELPERJOURNAL_PASSPHRASE", ae, "LC_ALL", "C.UTF-8"), "verify")
                        .exitCode())
                .isZero();
        // «å» as a + combining ring (NFD, as some keyboards and copy-paste give it) is the same passphrase.
        var decomposed = java.text.Normalizer.normalize(ae, java.text.Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo(ae);
        assertThat(runWith(Map.of("HJELPERJOURNAL_PASSPHRASE", decomposed), "verify")
                        .exitCode())
                .isZero();
    }

    @Test
    void thePassphraseCanBeChangedAndOnlySpacesAreRefused() {
        var spaces = runWith(Map.of("HJELPERJOURNAL_PASSPHRASE", " ".repeat(14)), "init");
        assertThat(spaces.exitCode()).isEqualTo(1);
        assertThat(spaces.err()).contains("not only spaces");
        assertThat(run("init").exitCode()).isZero();
        var changed = runWith(
                Map.of("HJELPERJOURNAL_PASSPHRASE", PASS, "HJELPERJOURNAL_NEW_PASSPHRASE", "ny lang hest ved stift"),
                "passphrase");
        assertThat(changed.exitCode()).as(changed.err()).isZero();
        assertThat(run("verify").err().strip()).isEqualTo("error: wrong passphrase");
        assertThat(runWith(Map.of("HJELPERJOURNAL_PASSPHRASE", "ny lang hest ved stift"), "verify")
                        .exitCode())
                .isZero();
    }

    @Test
    void wrongPassphraseIsAOneLineErrorWithoutStackTrace() {
        assertThat(run("init").exitCode()).isZero();
        var wrong = AppProcess.run(
                "feil feil feil feil", "--data-dir", dir.resolve("data").toString(), "verify");
        assertThat(wrong.exitCode()).isEqualTo(1);
        assertThat(wrong.err().strip()).isEqualTo("error: wrong passphrase");
        assertThat(wrong.out()).isEmpty();
    }

    @Test
    void missingJournalAndMissingPassphraseAreClearErrors() {
        var missing = run("verify");
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).startsWith("error: no journal in");

        var noPass = AppProcess.run(
                Map.of(), List.of(), "--data-dir", dir.resolve("data").toString(), "init");
        assertThat(noPass.exitCode()).isEqualTo(1);
        assertThat(noPass.err()).startsWith("error: no passphrase");

        var shortPass = AppProcess.run("kort", "--data-dir", dir.resolve("data").toString(), "init");
        assertThat(shortPass.exitCode()).isEqualTo(1);
        assertThat(shortPass.err()).contains("at least 10 characters");
    }

    @Test
    void usageErrorsExitWithTwo() {
        var unknown = run("frobnicate");
        assertThat(unknown.exitCode()).isEqualTo(2);
        var demoWithoutCount = run("demo");
        assertThat(demoWithoutCount.exitCode()).isEqualTo(2);
        assertThat(demoWithoutCount.err()).contains("--contacts");
    }

    @Test
    void demoFillsTheJournalAndVersionAnswers() {
        assertThat(run("init").exitCode()).isZero();
        var demo = run("demo", "--contacts", "120", "--seed", "4");
        assertThat(demo.exitCode()).as(demo.err()).isZero();
        assertThat(run("verify").out()).contains("contacts: 120");
        var version = AppProcess.run(PASS, "--version");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).startsWith("Hjelperjournal");
    }

    @Test
    void matchNeedsNoJournalAndPrintsOneJsonObjectBestFirst() throws Exception {
        var result = AppProcess.run(
                Map.of(),
                List.of(),
                "--data-dir",
                dir.resolve("none").toString(),
                "match",
                "--json",
                "--top",
                "2",
                "Vondt i høyre bryst siden i går, 38,9 i feber. Pumper mye mer enn babyen trenger");
        assertThat(result.exitCode()).as(result.err()).isZero();
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(result.out());
        assertThat(json.fieldNames()).toIterable().containsExactly("suggested_topics", "snippets", "flags");
        var topics = json.get("suggested_topics");
        assertThat(topics.get(0).get("id").asText()).isIn("oversupply", "mastitis", "pumping");
        assertThat(topics.get(0).get("score").asDouble()).isBetween(0.0, 1.0);
        assertThat(topics.get(0).get("score").asDouble())
                .isGreaterThanOrEqualTo(topics.get(1).get("score").asDouble());
        var snippets = json.get("snippets");
        assertThat(snippets).hasSize(2);
        var first = snippets.get(0);
        assertThat(first.fieldNames())
                .toIterable()
                .containsExactly("id", "title", "topics", "source", "refer", "caveat", "reply", "score");
        // The reply to the parent is text she can send as it stands: at most two text messages.
        assertThat(first.get("reply").asText()).isNotBlank().hasSizeLessThanOrEqualTo(300);
        assertThat(first.get("score").asDouble())
                .isGreaterThanOrEqualTo(snippets.get(1).get("score").asDouble());
        assertThat(json.get("flags").get(0).get("id").asText()).isEqualTo("fever-red-breast");
        assertThat(json.get("flags").get(0).get("message").asText()).contains("116 117");
        // Nothing was created: match needs no journal.
        assertThat(dir.resolve("none").resolve("journal.mv.db")).doesNotExist();

        var text = AppProcess.run(
                Map.of(), List.of(), "--data-dir", dir.resolve("none").toString(), "match", "D-MER");
        assertThat(text.exitCode()).isZero();
        assertThat(text.out()).contains("Kilde:");
        var usage = AppProcess.run(Map.of(), List.of(), "match");
        assertThat(usage.exitCode()).isEqualTo(2);
    }

    @Test
    void matchListsEveryRaisedFlagMostUrgentFirstAndTheChecksRunFromTheCommandLine() throws Exception {
        var dir = java.nio.file.Files.createTempDirectory("hj-cli");
        var both = AppProcess.run(
                Map.of(),
                List.of(),
                "--data-dir",
                dir.resolve("none").toString(),
                "match",
                "--json",
                "38,9 i feber og rødt, vondt bryst. Hun sier hun ikke orker å leve lenger.");
        assertThat(both.exitCode()).as(both.err()).isZero();
        var flags = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(both.out())
                .get("flags");
        assertThat(flags).hasSize(2);
        assertThat(flags.get(0).get("id").asText()).isEqualTo("thoughts-of-harm");
        assertThat(flags.get(1).get("id").asText()).isEqualTo("fever-red-breast");

        var check = AppProcess.run(
                Map.of(),
                List.of(),
                "check-pack",
                "resources/content",
                "--seeds",
                SHARED.resolve("seeds").toString());
        assertThat(check.exitCode()).as(check.out() + check.err()).isZero();
        assertThat(check.out()).contains("0 findings");

        var evaluation = AppProcess.run(
                Map.of(), List.of(), "evaluate-flags", "resources/content/warning-notes/flags-issue.tsv");
        assertThat(evaluation.exitCode()).as(evaluation.err()).isZero();
        assertThat(evaluation.out())
                .contains("thoughts-of-harm")
                .containsPattern("recall 1[.,]000")
                .contains("false alarms");
    }
}
