/** The main screen of the window. */
@NullMarked
package no.hjelperjournal.ui.main;

import org.jspecify.annotations.NullMarked;
