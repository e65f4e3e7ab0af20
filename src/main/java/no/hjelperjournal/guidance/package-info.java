/**
 * Guidance: the content pack (snippets, sources, synonyms, red flags), the Norwegian analysis chain, and the matcher
 * that turns a note being typed into ranked snippets, suggested topics and referral warnings. No JavaFX, no SQL.
 */
@NullMarked
package no.hjelperjournal.guidance;

import org.jspecify.annotations.NullMarked;
