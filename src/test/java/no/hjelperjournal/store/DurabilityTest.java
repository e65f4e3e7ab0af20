package no.hjelperjournal.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import no.hjelperjournal.support.AppProcess;
import no.hjelperjournal.support.TestData;
import no.hjelperjournal.support.WriterProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A write the journal has returned from survives the process being killed (SIGKILL, no shutdown hooks). */
class DurabilityTest {

    @TempDir
    Path dir;

    @Test
    void killedProcessKeepsEveryWriteItReportedAsSaved() throws Exception {
        for (int round = 0; round < 3; round++) {
            var marker = "runde-" + round;
            var cmd = AppProcess.javaCommand(WriterProcess.class.getName(), List.of());
            cmd.add(dir.toString());
            cmd.add(marker);
            var process = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            var lastSaved = -1;
            try (var out =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                // Kill at a different moment each round: after 1, 20 and 60 confirmed writes.
                var killAfter = new int[] {1, 20, 60}[round];
                while ((line = out.readLine()) != null) {
                    if (line.startsWith("SAVED ")) {
                        lastSaved = Integer.parseInt(line.substring(6));
                        if (lastSaved >= killAfter) {
                            process.destroyForcibly();
                            break;
                        }
                    }
                }
            }
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(lastSaved).isGreaterThanOrEqualTo(0);
            try (var journal = new H2Vault(dir, KdfParams.FOR_TESTS).open(TestData.passphrase())) {
                var drafts = journal.drafts();
                assertThat(drafts).isNotEmpty();
                var notes = drafts.getFirst().data().notes();
                assertThat(notes).endsWith(marker);
                var savedNumber = Integer.parseInt(notes.split(" ")[1]);
                assertThat(savedNumber).isGreaterThanOrEqualTo(lastSaved);
            }
        }
    }
}
