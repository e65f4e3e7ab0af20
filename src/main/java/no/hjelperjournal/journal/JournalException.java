package no.hjelperjournal.journal;

/**
 * A failure a volunteer can act on. {@link #reason()} picks the message shown to her; {@link #getMessage()} is a
 * one-line English detail for the command line and the log, and never carries contact content.
 */
public final class JournalException extends RuntimeException {

    public enum Reason {
        NOT_FOUND,
        ALREADY_EXISTS,
        WRONG_PASSPHRASE,
        DAMAGED,
        IN_USE,
        INVALID_INPUT,
        /** The disk has no room left: nothing was written. */
        DISK_FULL,
        /** The data folder cannot be written to. */
        READ_ONLY,
        IO
    }

    private final Reason reason;

    public JournalException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public JournalException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
