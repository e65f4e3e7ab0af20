package no.hjelperjournal.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Looks for a marker string in every file under some folders, as UTF-8, UTF-16 and Latin-1 bytes. */
public final class FileScan {

    private FileScan() {}

    public static List<String> filesContaining(String marker, Path... roots) {
        var patterns = List.of(
                marker.getBytes(StandardCharsets.UTF_8),
                marker.getBytes(StandardCharsets.UTF_16LE),
                marker.getBytes(StandardCharsets.UTF_16BE),
                marker.getBytes(StandardCharsets.ISO_8859_1));
        var hits = new ArrayList<String>();
        for (var root : roots) {
            if (!Files.exists(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                for (var file : files.filter(Files::isRegularFile).toList()) {
                    var bytes = Files.readAllBytes(file);
                    for (var p : patterns) {
                        if (indexOf(bytes, p) >= 0) {
                            hits.add(file.toString());
                            break;
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return hits;
    }

    public static List<Path> allFiles(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
