/** The unlock screen of the window. */
@NullMarked
package no.hjelperjournal.ui.unlock;

import org.jspecify.annotations.NullMarked;
