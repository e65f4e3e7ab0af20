package no.hjelperjournal.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import no.hjelperjournal.journal.JournalException;
import no.hjelperjournal.journal.JournalException.Reason;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Envelope encryption for the journal's data key. A random 256-bit data key is H2's file password; a key derived from
 * the passphrase with Argon2id wraps it with AES-GCM in a small JSON file beside the database. The GCM tag tells a
 * wrong passphrase apart from a damaged database, and changing the passphrase only rewraps the data key.
 */
final class KeyFile {

    static final String FILE_NAME = "journal.key";
    private static final int FORMAT = 1;
    private static final byte[] AAD = "hjelperjournal-data-key-v1".getBytes(StandardCharsets.US_ASCII);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Bounds on what a key file may ask for: four times the default memory, ten times its work. */
    static final int MAX_MEMORY_KIB = 256 * 1024;

    static final int MAX_ITERATIONS = 30;
    static final int MAX_PARALLELISM = 8;

    /** The JSON layout of the key file; binary fields are Base64. */
    record Stored(
            int format,
            String kdf,
            int memoryKiB,
            int iterations,
            int parallelism,
            String salt,
            String nonce,
            String wrappedKey,
            String check) {

        /**
         * A digest of the other fields: a key file damaged on disk is told apart from a wrong passphrase (the GCM
         * tag alone cannot tell them). Not a security measure; files written before it have none.
         */
        String digest() {
            var text = format + "|" + kdf + "|" + memoryKiB + "|" + iterations + "|" + parallelism + "|" + salt + "|"
                    + nonce + "|" + wrappedKey;
            try {
                return Base64.getEncoder()
                        .encodeToString(java.security.MessageDigest.getInstance("SHA-256")
                                .digest(text.getBytes(StandardCharsets.UTF_8)));
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        Stored withCheck() {
            return new Stored(format, kdf, memoryKiB, iterations, parallelism, salt, nonce, wrappedKey, digest());
        }
    }

    private KeyFile() {}

    static byte[] newDataKey() {
        var key = new byte[32];
        RANDOM.nextBytes(key);
        return key;
    }

    /** Wraps the data key with the passphrase and replaces the key file atomically and durably. */
    static void write(Path file, byte[] dataKey, char[] passphrase, KdfParams params) {
        write(file, dataKey, passphrase, params, false);
    }

    /**
     * Wraps the data key; with {@code createNew} the key file is made only if none exists, in one step (a hard link
     * of the finished temporary file), so that of two {@code init}s at once exactly one wins.
     */
    static void write(Path file, byte[] dataKey, char[] passphrase, KdfParams params, boolean createNew) {
        var salt = random(16);
        var nonce = random(12);
        var kek = derive(passphrase, salt, params);
        try {
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(kek, "AES"), new GCMParameterSpec(128, nonce));
            cipher.updateAAD(AAD);
            var wrapped = cipher.doFinal(dataKey);
            var b64 = Base64.getEncoder();
            var stored = new Stored(
                            FORMAT,
                            "argon2id",
                            params.memoryKiB(),
                            params.iterations(),
                            params.parallelism(),
                            b64.encodeToString(salt),
                            b64.encodeToString(nonce),
                            b64.encodeToString(wrapped),
                            null)
                    .withCheck();
            var bytes = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(stored);
            if (createNew) {
                var staged = file.resolveSibling(file.getFileName() + ".init" + SafeFiles.TEMP_SUFFIX);
                SafeFiles.writeAtomically(staged, bytes);
                try {
                    Files.createLink(file, staged);
                } catch (java.nio.file.FileAlreadyExistsException e) {
                    throw new JournalException(
                            Reason.ALREADY_EXISTS, "a journal already exists in " + file.getParent());
                } finally {
                    Files.deleteIfExists(staged);
                }
                SafeFiles.forceFolder(file.toAbsolutePath().getParent());
            } else {
                SafeFiles.writeAtomically(file, bytes);
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        } catch (IOException e) {
            throw SafeFiles.failure("cannot write the key file", e);
        } finally {
            Arrays.fill(kek, (byte) 0);
        }
    }

    /** Unwraps the data key; a failed GCM tag means the passphrase is wrong (or the key file was altered). */
    static byte[] read(Path file, char[] passphrase) {
        Stored stored;
        try {
            stored = JSON.readValue(file.toFile(), Stored.class);
        } catch (IOException e) {
            throw new JournalException(Reason.DAMAGED, "key file is unreadable: " + file.getFileName(), e);
        }
        if (stored.format() != FORMAT || !"argon2id".equals(stored.kdf())) {
            throw new JournalException(Reason.DAMAGED, "key file has an unknown format");
        }
        // A damaged file must not ask for gigabytes of memory or minutes of work, nor lack a field.
        if (stored.memoryKiB() < 1024
                || stored.memoryKiB() > MAX_MEMORY_KIB
                || stored.iterations() < 1
                || stored.iterations() > MAX_ITERATIONS
                || stored.parallelism() < 1
                || stored.parallelism() > MAX_PARALLELISM
                || stored.salt() == null
                || stored.nonce() == null
                || stored.wrappedKey() == null) {
            throw new JournalException(Reason.DAMAGED, "key file is damaged (its key-derivation settings are invalid)");
        }
        if (stored.check() != null && !stored.check().equals(stored.digest())) {
            throw new JournalException(Reason.DAMAGED, "key file is damaged (its contents do not match their check)");
        }
        var params = new KdfParams(stored.memoryKiB(), stored.iterations(), stored.parallelism());
        var normalFirst = unwrap(stored, derive(passphrase, decode(stored.salt()), params));
        if (normalFirst.isPresent()) {
            return normalFirst.get();
        }
        // A key file written before passphrases were normalised took the characters as typed.
        if (!java.text.Normalizer.isNormalized(java.nio.CharBuffer.wrap(passphrase), java.text.Normalizer.Form.NFC)) {
            var asTyped = unwrap(stored, deriveExactly(passphrase, decode(stored.salt()), params));
            if (asTyped.isPresent()) {
                return asTyped.get();
            }
        }
        throw new JournalException(Reason.WRONG_PASSPHRASE, "wrong passphrase");
    }

    /** The data key, or empty when the tag does not match (a wrong passphrase); wipes {@code kek}. */
    private static java.util.Optional<byte[]> unwrap(Stored stored, byte[] kek) {
        try {
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(
                    Cipher.DECRYPT_MODE,
                    new SecretKeySpec(kek, "AES"),
                    new GCMParameterSpec(128, decode(stored.nonce())));
            cipher.updateAAD(AAD);
            return java.util.Optional.of(cipher.doFinal(decode(stored.wrappedKey())));
        } catch (AEADBadTagException e) {
            return java.util.Optional.empty();
        } catch (GeneralSecurityException e) {
            throw new JournalException(Reason.DAMAGED, "key file is damaged", e);
        } finally {
            Arrays.fill(kek, (byte) 0);
        }
    }

    private static byte[] decode(String base64) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new JournalException(Reason.DAMAGED, "key file is damaged", e);
        }
    }

    /** The key-encryption key from the passphrase in NFC (see {@link no.hjelperjournal.journal.Passphrases}). */
    static byte[] derive(char[] passphrase, byte[] salt, KdfParams params) {
        var normal = no.hjelperjournal.journal.Passphrases.normalised(passphrase);
        try {
            return deriveExactly(normal, salt, params);
        } finally {
            Arrays.fill(normal, '\0');
        }
    }

    private static byte[] deriveExactly(char[] passphrase, byte[] salt, KdfParams params) {
        var argon = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withSalt(salt)
                .withMemoryAsKB(params.memoryKiB())
                .withIterations(params.iterations())
                .withParallelism(params.parallelism())
                .build();
        var generator = new Argon2BytesGenerator();
        generator.init(argon);
        var out = new byte[32];
        generator.generateBytes(passphrase, out);
        return out;
    }

    private static byte[] random(int n) {
        var bytes = new byte[n];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
