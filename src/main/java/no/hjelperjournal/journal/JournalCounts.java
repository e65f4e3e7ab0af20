package no.hjelperjournal.journal;

/** What {@code verify} reports. */
public record JournalCounts(int contacts, int cases, int drafts) {}
