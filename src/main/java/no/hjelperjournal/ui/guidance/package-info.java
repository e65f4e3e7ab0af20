/** The guidance panel: matched snippets, suggested topics and referral banners that follow the note as it is typed. */
@NullMarked
package no.hjelperjournal.ui.guidance;

import org.jspecify.annotations.NullMarked;
