/** Start-up and wiring shared by the window and the command line: paths, settings, logging, the background executor. */
@NullMarked
package no.hjelperjournal.app;

import org.jspecify.annotations.NullMarked;
