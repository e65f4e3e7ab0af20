package no.hjelperjournal.journal;

/** Rules for a new passphrase. */
public final class Passphrases {

    public static final int MIN_LENGTH = 10;

    private Passphrases() {}

    public static boolean longEnough(char[] passphrase) {
        return passphrase.length >= MIN_LENGTH;
    }
}
