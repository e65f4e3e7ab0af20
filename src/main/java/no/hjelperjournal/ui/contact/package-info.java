/** The contact screen of the window. */
@NullMarked
package no.hjelperjournal.ui.contact;

import org.jspecify.annotations.NullMarked;
