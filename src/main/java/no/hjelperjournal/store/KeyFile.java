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
            String wrappedKey) {}

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
                    b64.encodeToString(wrapped));
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
        byte[] kek = null;
        try {
            var b64 = Base64.getDecoder();
            var params = new KdfParams(stored.memoryKiB(), stored.iterations(), stored.parallelism());
            kek = derive(passphrase, b64.decode(stored.salt()), params);
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(
                    Cipher.DECRYPT_MODE,
                    new SecretKeySpec(kek, "AES"),
                    new GCMParameterSpec(128, b64.decode(stored.nonce())));
            cipher.updateAAD(AAD);
            return cipher.doFinal(b64.decode(stored.wrappedKey()));
        } catch (AEADBadTagException e) {
            throw new JournalException(Reason.WRONG_PASSPHRASE, "wrong passphrase");
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new JournalException(Reason.DAMAGED, "key file is damaged", e);
        } finally {
            if (kek != null) {
                Arrays.fill(kek, (byte) 0);
            }
        }
    }

    static byte[] derive(char[] passphrase, byte[] salt, KdfParams params) {
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
