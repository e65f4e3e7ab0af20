package no.hjelperjournal.journal;

import java.time.LocalDateTime;

/** One caller's contacts, under a pseudonym label such as "Mor, baby 3 uker" (never a name). */
public record CaseFile(long id, String label, LocalDateTime createdAt, int contactCount) {}
