package no.hjelperjournal.guidance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import no.hjelperjournal.support.TestPacks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Importing a newer pack: validated before it replaces the bundled one, and nothing changes when it is refused. */
class PackInstallerTest {

    @TempDir
    Path dir;

    @Test
    void aValidNewerPackReplacesTheBundledOne() throws IOException {
        var installer = new PackInstaller(dir.resolve("data"));
        var bundledVersion = installer.active().version();
        var zip = zip("newer.zip", p -> p.equals("pack.yaml") ? "version: \"2099.1.0\"\n" : null);

        var installed = installer.install(zip);

        assertThat(installed.version()).isEqualTo("2099.1.0");
        assertThat(new PackInstaller(dir.resolve("data")).active().version()).isEqualTo("2099.1.0");
        assertThat(bundledVersion).isNotEqualTo("2099.1.0");
        assertThat(dir.resolve("data")).isDirectoryNotContaining("glob:**.part");
    }

    @Test
    void aMalformedPackIsRefusedWithTheFileSnippetAndFieldAndNothingChanges() throws IOException {
        var installer = new PackInstaller(dir.resolve("data"));
        var zip = zip(
                "broken.zip",
                p -> p.equals("pack.yaml")
                        ? "version: \"2099.1.0\"\n"
                        : p.equals("snippets/sorg-hva-er-ammesorg.md")
                                ? "---\nid: sorg-hva-er-ammesorg\n---\nTekst"
                                : null);

        assertThatThrownBy(() -> installer.install(zip))
                .isInstanceOf(ContentPackException.class)
                .hasMessageStartingWith("snippets/sorg-hva-er-ammesorg.md, snippet sorg-hva-er-ammesorg, field title");
        assertThat(dir.resolve("data").resolve(PackInstaller.FILE)).doesNotExist();
        assertThat(installer.active().version()).isEqualTo(ContentPack.bundled().version());
    }

    @Test
    void anOlderPackOrAFileThatIsNotAPackIsRefused() throws IOException {
        var installer = new PackInstaller(dir.resolve("data"));
        var older = zip("older.zip", p -> p.equals("pack.yaml") ? "version: \"2000.1.0\"\n" : null);
        assertThatThrownBy(() -> installer.install(older)).hasMessageContaining("older than the pack in use");

        var notZip = dir.resolve("notes.zip");
        Files.writeString(notZip, "this is not a zip file");
        assertThatThrownBy(() -> installer.install(notZip)).hasMessageContaining("not a zip file");

        var emptyZip = dir.resolve("empty.zip");
        try (var out = new ZipOutputStream(Files.newOutputStream(emptyZip))) {
            out.putNextEntry(new ZipEntry("readme.txt"));
            out.write("hei".getBytes());
        }
        assertThatThrownBy(() -> installer.install(emptyZip)).hasMessageContaining("no pack.yaml");
    }

    @Test
    void aPackMissingASectionsGuidanceIsRefused() throws IOException {
        var installer = new PackInstaller(dir.resolve("data"));
        var zip = zip(
                "incomplete.zip",
                p -> p.equals("pack.yaml") ? "version: \"2099.1.0\"\n" : p.startsWith("snippets/start-") ? "" : null);
        assertThatThrownBy(() -> installer.install(zip)).hasMessageContaining("no snippet cites the section");
    }

    @Test
    void aDamagedInstalledPackFallsBackToTheBundledOne() throws IOException {
        Files.createDirectories(dir.resolve("data"));
        Files.writeString(dir.resolve("data").resolve(PackInstaller.FILE), "damaged");
        assertThat(new PackInstaller(dir.resolve("data")).active().version())
                .isEqualTo(ContentPack.bundled().version());
    }

    @Test
    void versionsCompareNumerically() {
        assertThat(PackInstaller.compareVersions("2026.11.10", "2026.11.9")).isPositive();
        assertThat(PackInstaller.compareVersions("2026.11", "2026.11.0")).isZero();
        assertThat(PackInstaller.compareVersions("2026.1.1", "2027.0.0")).isNegative();
    }

    private Path zip(String name, UnaryOperator<String> change) throws IOException {
        return TestPacks.zip(dir.resolve(name), change);
    }
}
