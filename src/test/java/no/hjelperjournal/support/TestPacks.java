package no.hjelperjournal.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Guidance packs for import tests, made from the bundled one. */
public final class TestPacks {

    private static final Path BUNDLED = Path.of("resources/content");

    private TestPacks() {}

    /**
     * The bundled pack zipped under a top folder, with files replaced by {@code change} (null keeps a file, "" drops it).
     */
    public static Path zip(Path zip, UnaryOperator<String> change) throws IOException {
        try (var out = new ZipOutputStream(Files.newOutputStream(zip));
                var files = Files.walk(BUNDLED)) {
            for (var p : files.filter(Files::isRegularFile).toList()) {
                var relative = BUNDLED.relativize(p).toString().replace('\\', '/');
                var replaced = change.apply(relative);
                if ("".equals(replaced)) {
                    continue;
                }
                out.putNextEntry(new ZipEntry("content/" + relative));
                out.write(replaced == null ? Files.readAllBytes(p) : replaced.getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return zip;
    }

    /** The bundled pack copied as a folder a test may break. */
    public static Path folder(Path target) throws IOException {
        try (var files = Files.walk(BUNDLED)) {
            for (var p : files.toList()) {
                var to = target.resolve(BUNDLED.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        return target;
    }

    /** The bundled pack with a new version number. */
    public static Path withVersion(Path zip, String version) throws IOException {
        return zip(zip, p -> p.equals("pack.yaml") ? "version: \"" + version + "\"\n" : null);
    }
}
