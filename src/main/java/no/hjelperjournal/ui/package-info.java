/**
 * The JavaFX window: one sub-package per screen, each a view (builds and binds controls) and a model (state and
 * commands, calling the journal through the one background executor).
 */
@NullMarked
package no.hjelperjournal.ui;

import org.jspecify.annotations.NullMarked;
