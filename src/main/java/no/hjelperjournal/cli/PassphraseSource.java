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

    /** For {@code passphrase}: the new one comes from here, or a prompt. */
    static final String NEW_ENV = "HJELPERJOURNAL_NEW_PASSPHRASE";

    static char[] existing() {
        var env = fromEnvironment(ENV);
        if (env != null) {
            return env;
        }
        return prompt("Passphrase: ");
    }

    static char[] fresh() {
        return fresh(ENV, "New passphrase");
    }

    /** The new passphrase for {@code passphrase}, from {@link #NEW_ENV} or asked twice. */
    static char[] replacement() {
        return fresh(NEW_ENV, "New passphrase");
    }

    /**
     * A variable's value as UTF-8 whatever the locale: under {@code LC_ALL=C} Java decodes the environment as ASCII,
     * and «æææ» would read as «???», the same as «øøø». On Linux the raw bytes are in /proc/self/environ.
     */
    static char[] fromEnvironment(String name) {
        var environ = java.nio.file.Path.of("/proc/self/environ");
        if (java.nio.file.Files.isReadable(environ)) {
            try {
                var bytes = java.nio.file.Files.readAllBytes(environ);
                var prefix = (name + "=").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
                for (int start = 0; start < bytes.length; ) {
                    var end = start;
                    while (end < bytes.length && bytes[end] != 0) {
                        end++;
                    }
                    if (end - start >= prefix.length
                            && Arrays.equals(bytes, start, start + prefix.length, prefix, 0, prefix.length)) {
                        var decoder = java.nio.charset.StandardCharsets.UTF_8
                                .newDecoder()
                                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT);
                        var chars = decoder.decode(
                                java.nio.ByteBuffer.wrap(bytes, start + prefix.length, end - start - prefix.length));
                        var result = new char[chars.remaining()];
                        chars.get(result);
                        Arrays.fill(bytes, (byte) 0);
                        return result;
                    }
                    start = end + 1;
                }
                Arrays.fill(bytes, (byte) 0);
                return null;
            } catch (java.nio.charset.CharacterCodingException e) {
                throw new JournalException(Reason.INVALID_INPUT, name + " is not valid UTF-8");
            } catch (java.io.IOException e) {
                // Fall back to what Java decoded.
            }
        }
        var value = System.getenv(name);
        return value == null ? null : value.toCharArray();
    }

    private static char[] fresh(String variable, String what) {
        var env = fromEnvironment(variable);
        char[] passphrase;
        if (env != null) {
            passphrase = env;
        } else {
            passphrase = prompt(what + " (at least " + Passphrases.MIN_LENGTH + " characters): ");
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
                    Reason.INVALID_INPUT,
                    "the passphrase needs at least " + Passphrases.MIN_LENGTH + " characters, not only spaces");
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
