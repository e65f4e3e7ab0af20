package no.hjelperjournal.guidance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import org.slf4j.LoggerFactory;

/**
 * Which pack is in use: the bundled one, or a newer one the volunteer imported (kept as {@code guidance-pack.zip} in the
 * data folder; guidance is not confidential). An imported pack is read and validated completely, and its index built,
 * before it replaces anything; a damaged or older imported pack falls back to the bundled one.
 */
public final class PackInstaller {

    static final String FILE = "guidance-pack.zip";

    private final Path installed;

    public PackInstaller(Path dataDir) {
        this.installed = dataDir.resolve(FILE);
    }

    /** The pack to use now: the imported one when it is readable and not older than the bundled one. */
    public ContentPack active() {
        var bundled = ContentPack.bundled();
        if (!Files.exists(installed)) {
            return bundled;
        }
        try {
            var imported = ContentPack.read(installed);
            return compareVersions(imported.version(), bundled.version()) >= 0 ? imported : bundled;
        } catch (ContentPackException e) {
            LoggerFactory.getLogger(PackInstaller.class).warn("imported guidance pack unusable, using the bundled one");
            return bundled;
        }
    }

    /**
     * Validates {@code zip} as a complete pack (every field, every source section covered, the index builds) and
     * makes it the one in use. Nothing changes when it fails.
     *
     * @return the new pack
     * @throws ContentPackException naming the file, snippet and field at fault
     */
    public ContentPack install(Path zip) {
        var pack = ContentPack.read(zip);
        var uncovered = pack.uncoveredSections();
        if (!uncovered.isEmpty()) {
            throw new ContentPackException("sources: no snippet cites the section " + uncovered.getFirst());
        }
        var current = active();
        if (compareVersions(pack.version(), current.version()) < 0) {
            throw new ContentPackException("pack.yaml: version " + pack.version() + " is older than the pack in use ("
                    + current.version() + ")");
        }
        // The index must build; the learned warnings train afterwards, on the lower lane, as at start-up.
        GuidanceMatcher.buildRulesFirst(pack);
        try {
            Files.createDirectories(installed.getParent());
            var temp = Files.createTempFile(installed.getParent(), "guidance-pack", ".part");
            try {
                Files.copy(zip, temp, StandardCopyOption.REPLACE_EXISTING);
                Files.move(temp, installed, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new ContentPackException("the pack could not be saved in the data folder: " + e.getMessage(), e);
        }
        LoggerFactory.getLogger(PackInstaller.class)
                .info(
                        "guidance pack {} installed ({} snippets)",
                        pack.version(),
                        pack.snippets().size());
        return pack;
    }

    /** Compares dotted versions numerically ("2026.11.10" is newer than "2026.11.9"). */
    static int compareVersions(String a, String b) {
        var x = parts(a);
        var y = parts(b);
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            var c = Long.compare(i < x.length ? x[i] : 0, i < y.length ? y[i] : 0);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static long[] parts(String version) {
        return Arrays.stream(version.split("[.\\-]"))
                .mapToLong(p -> p.chars().allMatch(Character::isDigit) && !p.isEmpty() ? Long.parseLong(p) : 0)
                .toArray();
    }
}
