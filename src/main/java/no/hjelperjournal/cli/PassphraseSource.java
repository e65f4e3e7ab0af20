package no.hjelperjournal.cli;

import java.util.Arrays;
import no.hjelperjournal.journal.JournalException;
import no.hjelperjournal.journal.JournalException.Reason;
import no.hjelperjournal.journal.Passphrases;

/**
 * The passphrase comes from {@code HJELPERJOURNAL_PASSPHRASE} or a no-echo console prompt, never from an argument
 * (arguments show up in process lists and shell history).
 */
final class PassphraseSource {

    static final String ENV = "HJELPERJOURNAL_PASSPHRASE";

    private PassphraseSource() {}

    static char[] existing() {
        var env = System.getenv(ENV);
        if (env != null) {
            return env.toCharArray();
        }
        return prompt("Passphrase: ");
    }

    static char[] fresh() {
        var env = System.getenv(ENV);
        char[] passphrase;
        if (env != null) {
            passphrase = env.toCharArray();
        } else {
            passphrase = prompt("New passphrase (at least " + Passphrases.MIN_LENGTH + " characters): ");
            var again = prompt("Repeat the passphrase: ");
            var same = Arrays.equals(passphrase, again);
            Arrays.fill(again, '\0');
            if (!same) {
                Arrays.fill(passphrase, '\0');
                throw new JournalException(Reason.INVALID_INPUT, "the two passphrases differ");
            }
        }
        if (!Passphrases.longEnough(passphrase)) {
            Arrays.fill(passphrase, '\0');
            throw new JournalException(
                    Reason.INVALID_INPUT, "the passphrase needs at least " + Passphrases.MIN_LENGTH + " characters");
        }
        return passphrase;
    }

    private static char[] prompt(String text) {
        var console = System.console();
        if (console == null) {
            throw new JournalException(
                    Reason.INVALID_INPUT, "no passphrase: set " + ENV + " or run the command in a terminal");
        }
        var read = console.readPassword("%s", text);
        if (read == null) {
            throw new JournalException(Reason.INVALID_INPUT, "no passphrase given");
        }
        return read;
    }
}
