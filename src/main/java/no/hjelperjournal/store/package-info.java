/**
 * The encrypted store: the key file (Argon2id + AES-GCM envelope), H2 with {@code CIPHER=AES}, Flyway migrations and
 * jOOQ. The only package that knows SQL or the file layout of the data folder.
 */
@NullMarked
package no.hjelperjournal.store;

import org.jspecify.annotations.NullMarked;
