/**
 * Contacts, cases, topics and follow-ups: the journal's records and the operations on them. No JavaFX and no SQL
 * types appear here; {@code store} implements {@link no.hjelperjournal.journal.Journal}.
 */
@NullMarked
package no.hjelperjournal.journal;

import org.jspecify.annotations.NullMarked;
