package no.hjelperjournal.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import no.hjelperjournal.journal.JournalException;
import no.hjelperjournal.journal.JournalException.Reason;

/**
 * {@code journal.state}: the number of committed changes last known to be on disk, authenticated with a key derived
 * from the data key. Two fixed slots are written in turn, in place, each with its own MAC: a write torn by a power cut
 * spoils at most the slot being written, and the other still holds the value before it.
 */
final class StateRecord {

    static final String FILE_NAME = "journal.state";
    private static final byte[] MAGIC = "HJST".getBytes(StandardCharsets.US_ASCII);
    private static final int FORMAT = 1;
    private static final int MAC_LENGTH = 32;
    /** magic, format, slot, changes, MAC. */
    private static final int SLOT = MAGIC.length + 1 + 1 + Long.BYTES + MAC_LENGTH;

    private final Path file;
    private final byte[] macKey;

    private StateRecord(Path file, byte[] macKey) {
        this.file = file;
        this.macKey = macKey;
    }

    /** The record in {@code dataDir}, keyed from the journal's data key (never the data key itself). */
    static StateRecord in(Path dataDir, byte[] dataKey) {
        return new StateRecord(
                dataDir.resolve(FILE_NAME),
                hmac(dataKey, "hjelperjournal-state-key-v1".getBytes(StandardCharsets.US_ASCII)));
    }

    Path file() {
        return file;
    }

    boolean exists() {
        return Files.exists(file);
    }

    /**
     * The highest authentic count, or empty when there is no record. A record none of whose slots is authentic is
     * damage (or belongs to another journal).
     */
    OptionalLong read() {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return OptionalLong.empty();
        } catch (IOException e) {
            throw new JournalException(Reason.IO, "cannot read " + FILE_NAME + ": " + e.getMessage(), e);
        }
        long best = -1;
        for (int slot = 0; slot < 2; slot++) {
            if (bytes.length >= (slot + 1) * SLOT) {
                best = Math.max(best, slotValue(ByteBuffer.wrap(bytes, slot * SLOT, SLOT), slot));
            }
        }
        if (best < 0) {
            throw new JournalException(
                    Reason.DAMAGED, "the state record " + FILE_NAME + " is damaged or belongs to another journal");
        }
        return OptionalLong.of(best);
    }

    /**
     * Records {@code changes} durably, in the slot of its parity, then fsync. A torn write can only leave an older
     * (smaller) count readable, which the journal file is ahead of: never a false report of damage.
     */
    void write(long changes) {
        var slot = (int) (changes & 1);
        try {
            if (!Files.exists(file)) {
                // The first write makes the whole file (both slots) through a temporary file moved into place.
                var whole = new byte[2 * SLOT];
                System.arraycopy(slot(0, changes), 0, whole, 0, SLOT);
                System.arraycopy(slot(1, changes), 0, whole, SLOT, SLOT);
                SafeFiles.writeAtomically(file, whole);
                return;
            }
            try (var channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                channel.write(ByteBuffer.wrap(slot(slot, changes)), (long) slot * SLOT);
                channel.force(false);
            }
        } catch (IOException e) {
            throw SafeFiles.failure("cannot write " + FILE_NAME, e);
        }
    }

    /** One slot's bytes: magic, format, slot number, count, and the MAC over them. */
    private byte[] slot(int slot, long changes) {
        var buffer = ByteBuffer.allocate(SLOT);
        buffer.put(MAGIC).put((byte) FORMAT).put((byte) slot).putLong(changes);
        buffer.put(mac(buffer.array(), SLOT - MAC_LENGTH));
        return buffer.array();
    }

    private long slotValue(ByteBuffer slot, int expected) {
        var bytes = new byte[SLOT];
        slot.get(bytes);
        var view = ByteBuffer.wrap(bytes);
        var magic = new byte[MAGIC.length];
        view.get(magic);
        if (!MessageDigest.isEqual(magic, MAGIC) || view.get() != FORMAT || view.get() != expected) {
            return -1;
        }
        var changes = view.getLong();
        var tag = new byte[MAC_LENGTH];
        view.get(tag);
        return MessageDigest.isEqual(tag, mac(bytes, SLOT - MAC_LENGTH)) && changes >= 0 ? changes : -1;
    }

    private byte[] mac(byte[] bytes, int length) {
        var input = new byte[length];
        System.arraycopy(bytes, 0, input, 0, length);
        return hmac(macKey, input);
    }

    private static byte[] hmac(byte[] key, byte[] input) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }
}
