package no.hjelperjournal.journal;

/** Rules for a new passphrase. */
public final class Passphrases {

    public static final int MIN_LENGTH = 10;

    private Passphrases() {}

    /** At least {@link #MIN_LENGTH} characters, and not only spaces. */
    public static boolean longEnough(char[] passphrase) {
        if (passphrase.length < MIN_LENGTH) {
            return false;
        }
        for (var c : passphrase) {
            if (!Character.isWhitespace(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The form the key is derived from: Unicode NFC, so «å» typed as one character or as a + ring is one passphrase.
     * The caller wipes both arrays.
     */
    public static char[] normalised(char[] passphrase) {
        var text = java.nio.CharBuffer.wrap(passphrase);
        if (java.text.Normalizer.isNormalized(text, java.text.Normalizer.Form.NFC)) {
            return passphrase.clone();
        }
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC)
                .toCharArray();
    }
}
