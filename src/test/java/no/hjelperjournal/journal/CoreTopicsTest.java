package no.hjelperjournal.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;

/** The taxonomy in code is the shared one, with the same ids and labels, in the same order. */
class CoreTopicsTest {

    private static final Path SHARED = Path.of(System.getProperty("hjelperjournal.shared", "../shared"));

    @Test
    void coreTopicsMatchTheSharedTaxonomy() throws IOException {
        var format = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get();
        try (var parser =
                format.parse(Files.newBufferedReader(SHARED.resolve("product/topics.csv"), StandardCharsets.UTF_8))) {
            var rows = parser.getRecords().stream()
                    .map(r -> new Topic(r.get("id"), r.get("label_nb"), r.get("label_en"), true))
                    .toList();
            assertThat(CoreTopics.ALL).containsExactlyElementsOf(rows);
        }
    }
}
