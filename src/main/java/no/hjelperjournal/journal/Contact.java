package no.hjelperjournal.journal;

import java.time.LocalDateTime;

/**
 * A stored contact. A draft is one still being written: autosave keeps it, and the next unlock offers it back.
 */
public record Contact(long id, ContactData data, boolean draft, LocalDateTime updatedAt) {}
