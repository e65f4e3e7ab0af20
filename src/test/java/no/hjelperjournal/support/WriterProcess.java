package no.hjelperjournal.support;

import java.nio.file.Path;
import no.hjelperjournal.store.H2Vault;
import no.hjelperjournal.store.KdfParams;

/**
 * A child JVM for the durability test: writes a draft, says so, then keeps writing until it is killed. Reading
 * {@code SAVED n} on the parent side means the write returned, which is what the window shows as "Lagret".
 */
public final class WriterProcess {

    public static void main(String[] args) throws Exception {
        var vault = new H2Vault(Path.of(args[0]), KdfParams.FOR_TESTS);
        var journal = vault.exists() ? vault.open(TestData.passphrase()) : vault.create(TestData.passphrase());
        var id = journal.create(TestData.contact("Mor, baby 3 uker", "utkast 0"), true);
        for (int n = 0; ; n++) {
            journal.update(id, TestData.contact("Mor, baby 3 uker", "utkast " + n + " " + args[1]), true);
            System.out.println("SAVED " + n);
            System.out.flush();
            Thread.sleep(5);
        }
    }
}
