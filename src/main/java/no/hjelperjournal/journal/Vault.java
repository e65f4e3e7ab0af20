package no.hjelperjournal.journal;

import java.nio.file.Path;

/** Creates and unlocks the encrypted journal in a data folder. */
public interface Vault {

    Path dataDir();

    boolean exists();

    /** Creates a new, empty journal; refuses when one exists. The passphrase array is wiped afterwards. */
    Journal create(char[] passphrase);

    /** Prepares the unlock path (class loading, JIT) in the background while the lock screen waits for input. */
    default void warmUp() {}

    /** Unlocks the journal; throws {@link JournalException} with WRONG_PASSPHRASE, NOT_FOUND, DAMAGED or IN_USE. */
    Journal open(char[] passphrase);
}
