package no.hjelperjournal.guidance;

/** A content pack that cannot be used; the message names the file, the snippet and the field. */
public final class ContentPackException extends RuntimeException {

    public ContentPackException(String message) {
        super(message);
    }

    public ContentPackException(String message, Throwable cause) {
        super(message, cause);
    }

    static ContentPackException at(String file, String snippet, String field, String problem) {
        return new ContentPackException(file + ", snippet " + snippet + ", field " + field + ": " + problem);
    }
}
