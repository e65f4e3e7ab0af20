package no.hjelperjournal.journal;

/** An open follow-up, with the case it belongs to, for the sidebar's due list. */
public record FollowUpItem(long contactId, String caseLabel, FollowUp followUp) {}
