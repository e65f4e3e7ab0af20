package no.hjelperjournal.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvImportTest {

    private static final List<String> TOPICS = List.of("dmer", "pumping", "mastitis", "oversupply", "other");

    @TempDir
    Path dir;

    private CsvImport.Result read(String content) throws Exception {
        var file = dir.resolve("in.csv");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return CsvImport.read(file, TOPICS);
    }

    @Test
    void readsQuotedMultiLineNotesAndTopicLists() throws Exception {
        var result = read(CsvImport.HEADER + "\n"
                + "2026-11-20T21:30,phone,mother,3,mastitis;oversupply,\"Mor, baby 3 uker\",\"Vondt i bryst,\n"
                + "38,9 i feber – \"\"sier hun\"\"\"\n"
                + "2026-11-21T09:05:00,sms,partner,,,Mor K,\n");
        assertThat(result.errors()).isEmpty();
        assertThat(result.contacts()).hasSize(2);
        var first = result.contacts().getFirst();
        assertThat(first.caseLabel()).contains("Mor, baby 3 uker");
        assertThat(first.notes()).isEqualTo("Vondt i bryst,\n38,9 i feber – \"sier hun\"");
        assertThat(first.topicIds()).containsExactly("mastitis", "oversupply");
        assertThat(first.babyAgeWeeks()).hasValue(3);
        assertThat(result.contacts().get(1).channel()).isEqualTo(Channel.SMS);
        assertThat(result.contacts().get(1).caller()).isEqualTo(Caller.PARTNER);
        assertThat(result.contacts().get(1).babyAgeWeeks()).isEmpty();
    }

    @Test
    void everyBadCellIsNamedByRowAndColumnAndNothingIsReturned() throws Exception {
        var result = read(CsvImport.HEADER + "\n"
                + "2026-11-20T21:30,phone,mother,3,dmer,Mor A,ok\n"
                + "20.11.2026,fax,mother,tre,dmer;nope,Mor B,x\n"
                + "2026-11-20T21:30,phone,aunt,3,dmer,,x\n");
        assertThat(result.contacts()).isEmpty();
        assertThat(result.errors())
                .containsExactly(
                        "row 3, column started_at: not an ISO date-time like 2026-11-20T21:30: '20.11.2026'",
                        "row 3, column channel: unknown channel 'fax' (use phone, sms, chat, email, social)",
                        "row 3, column baby_age_weeks: not a whole number of weeks: 'tre'",
                        "row 3, column topics: unknown topic id 'nope'",
                        "row 4, column caller: unknown caller 'aunt' (use mother, partner, relative, health-worker, other)",
                        "row 4, column case: a case label is needed (a pseudonym such as \"Mor, baby 3 uker\")");
    }

    @Test
    void aDateWithTheYearTypedWrongIsRefusedWithTheReason() throws Exception {
        var result = read(CsvImport.HEADER + "\n"
                + "0202-11-20T21:30,phone,mother,3,dmer,Mor A,ok\n"
                + "2926-11-20T21:30,phone,mother,3,dmer,Mor B,ok\n");
        assertThat(result.contacts()).isEmpty();
        assertThat(result.errors())
                .containsExactly(
                        "row 2, column started_at: '0202-11-20T21:30' is before 2000; is the year right?",
                        "row 3, column started_at: '2926-11-20T21:30' is in the future; is the year right?");
    }

    @Test
    void wrongHeaderIsRejected() throws Exception {
        var result = read("date,channel,notes\n2026-11-20T21:30,phone,x\n");
        assertThat(result.errors()).singleElement().asString().startsWith("row 1: the header must be exactly");
    }

    @Test
    void excelsByteOrderMarkIsAccepted() throws Exception {
        var result = read("\uFEFF" + CsvImport.HEADER + "\n2026-11-20T21:30,chat,mother,1,,Mor A,æøå 💙\n");
        assertThat(result.errors()).isEmpty();
        assertThat(result.contacts().getFirst().notes()).isEqualTo("æøå 💙");
    }

    @Test
    void unbalancedQuotesAreReportedNotThrown() throws Exception {
        var result = read(CsvImport.HEADER + "\n2026-11-20T21:30,chat,mother,1,,Mor A,\"never closed\n");
        assertThat(result.contacts()).isEmpty();
        assertThat(result.errors()).singleElement().asString().contains("not valid CSV");
    }

    @Test
    void latin1FileIsRejectedWithAHint() throws Exception {
        var file = dir.resolve("latin1.csv");
        Files.write(
                file,
                (CsvImport.HEADER + "\n2026-11-20T21:30,chat,mother,1,,Mor Å,blå\n")
                        .getBytes(StandardCharsets.ISO_8859_1));
        var result = CsvImport.read(file, TOPICS);
        assertThat(result.errors()).singleElement().asString().contains("not UTF-8");
    }

    @Test
    void missingColumnsInARowAreReported() throws Exception {
        var result = read(CsvImport.HEADER + "\n2026-11-20T21:30,chat,mother\n");
        assertThat(result.errors()).containsExactly("row 2: expected 7 columns, found 3");
    }

    @Test
    void controlCharactersAreRemovedFromImportedText() throws Exception {
        var result = read(CsvImport.HEADER + "\n2026-11-20T21:30,chat,mother,1,,Mor\u0007 A,no\u0000te\n");
        assertThat(result.contacts().getFirst().notes()).isEqualTo("note");
        assertThat(result.contacts().getFirst().caseLabel()).contains("Mor A");
    }
}
