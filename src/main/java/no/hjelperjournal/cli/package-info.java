/** The picocli commands: thin, they parse, call the same services the window calls, and print. */
@NullMarked
package no.hjelperjournal.cli;

import org.jspecify.annotations.NullMarked;
