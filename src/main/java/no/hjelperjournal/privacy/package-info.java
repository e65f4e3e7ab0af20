/**
 * Identifying details in what volunteers write: finding phone numbers, national identity numbers, e-mail and street
 * addresses, so that nothing else reads them as words (the guidance matcher masks them), and later so that the
 * volunteer can be warned. No JavaFX, no SQL.
 */
@NullMarked
package no.hjelperjournal.privacy;

import org.jspecify.annotations.NullMarked;
