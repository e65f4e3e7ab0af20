package no.hjelperjournal.journal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads contacts from a spreadsheet export, the path for volunteers who kept notes in Excel. Everything is checked
 * before anything is written: the result holds either contacts or errors naming row and column.
 */
public final class CsvImport {

    public static final String HEADER = "started_at,channel,caller,baby_age_weeks,topics,case,notes";
    private static final List<String> COLUMNS = List.of(HEADER.split(","));

    /** Either contacts (no errors) or errors (nothing to import). */
    public record Result(List<ContactData> contacts, List<String> errors) {}

    private CsvImport() {}

    public static Result read(Path file, Collection<String> knownTopicIds) {
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (var in = Files.newInputStream(file);
                var reader = new InputStreamReader(in, decoder)) {
            return read(reader, knownTopicIds);
        } catch (NoSuchFileException e) {
            throw new JournalException(JournalException.Reason.INVALID_INPUT, "no such file: " + file);
        } catch (CharacterCodingException e) {
            return failed("the file is not UTF-8 text (save it from the spreadsheet as \"CSV UTF-8\")");
        } catch (IOException e) {
            throw new JournalException(JournalException.Reason.IO, "cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    static Result read(Reader reader, Collection<String> knownTopicIds) throws IOException {
        var known = new HashSet<>(knownTopicIds);
        var format = CSVFormat.RFC4180.builder().get();
        var contacts = new ArrayList<ContactData>();
        var errors = new ArrayList<String>();
        try (var parser = format.parse(skipBom(reader))) {
            var iterator = parser.iterator();
            if (!iterator.hasNext()) {
                return failed("row 1: the file is empty; expected the header " + HEADER);
            }
            var header = iterator.next().stream().map(String::strip).toList();
            if (!header.equals(COLUMNS)) {
                return failed(
                        "row 1: the header must be exactly " + HEADER + " (found " + String.join(",", header) + ")");
            }
            while (iterator.hasNext()) {
                var record = iterator.next();
                var row = (int) record.getRecordNumber();
                parseRow(record, row, known, errors).ifPresent(contacts::add);
            }
        } catch (UncheckedIOException | IllegalStateException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                return failed("the file is not UTF-8 text (save it from the spreadsheet as \"CSV UTF-8\")");
            }
            errors.add("the file is not valid CSV (" + firstLine(e.getMessage()) + ")");
        }
        return errors.isEmpty() ? new Result(List.copyOf(contacts), List.of()) : new Result(List.of(), errors);
    }

    /** Every problem in a row is reported, not just the first, so one round of fixes is enough. */
    /** No contact in a journal kept today began before this year. */
    static final int EARLIEST_YEAR = 2000;

    private static Optional<ContactData> parseRow(
            CSVRecord record, int row, HashSet<String> knownTopics, List<String> rowErrors) {
        if (record.size() != COLUMNS.size()) {
            rowErrors.add("row " + row + ": expected " + COLUMNS.size() + " columns, found " + record.size());
            return Optional.empty();
        }
        var errorsBefore = rowErrors.size();
        LocalDateTime started = null;
        var startedText = record.get(0).strip();
        try {
            started = LocalDateTime.parse(startedText);
        } catch (DateTimeParseException e) {
            try {
                started = OffsetDateTime.parse(startedText)
                        .atZoneSameInstant(ZoneId.systemDefault())
                        .toLocalDateTime();
            } catch (DateTimeParseException e2) {
                rowErrors.add(
                        at(row, "started_at", "not an ISO date-time like 2026-11-20T21:30: '" + startedText + "'"));
            }
        }
        // A year typed wrong (0202, 2206) parses as a date: refuse it rather than file a contact under it.
        if (started != null && started.getYear() < EARLIEST_YEAR) {
            rowErrors.add(
                    at(row, "started_at", "'" + startedText + "' is before " + EARLIEST_YEAR + "; is the year right?"));
            started = null;
        } else if (started != null && started.isAfter(LocalDateTime.now().plusDays(1))) {
            rowErrors.add(at(row, "started_at", "'" + startedText + "' is in the future; is the year right?"));
            started = null;
        }
        var channel = Channel.fromId(record.get(1).strip());
        if (channel.isEmpty()) {
            rowErrors.add(at(
                    row,
                    "channel",
                    "unknown channel '" + record.get(1).strip() + "' (use " + ids(Channel.values()) + ")"));
        }
        var caller = Caller.fromId(record.get(2).strip());
        if (caller.isEmpty()) {
            rowErrors.add(at(
                    row,
                    "caller",
                    "unknown caller '" + record.get(2).strip() + "' (use " + ids(Caller.values()) + ")"));
        }
        var age = OptionalInt.empty();
        var ageText = record.get(3).strip();
        if (!ageText.isEmpty()) {
            try {
                var weeks = Integer.parseInt(ageText);
                if (weeks < 0 || weeks > ContactData.MAX_BABY_AGE_WEEKS) {
                    rowErrors.add(at(row, "baby_age_weeks", "must be between 0 and " + ContactData.MAX_BABY_AGE_WEEKS));
                } else {
                    age = OptionalInt.of(weeks);
                }
            } catch (NumberFormatException e) {
                rowErrors.add(at(row, "baby_age_weeks", "not a whole number of weeks: '" + ageText + "'"));
            }
        }
        var topics = new ArrayList<String>();
        for (var t : record.get(4).split(";")) {
            var id = t.strip();
            if (id.isEmpty()) {
                continue;
            }
            if (!knownTopics.contains(id)) {
                rowErrors.add(at(row, "topics", "unknown topic id '" + id + "'"));
            } else if (!topics.contains(id)) {
                topics.add(id);
            }
        }
        var caseLabel = TextCleaner.singleLine(record.get(5));
        if (caseLabel.isEmpty()) {
            rowErrors.add(at(row, "case", "a case label is needed (a pseudonym such as \"Mor, baby 3 uker\")"));
        } else if (caseLabel.length() > ContactData.MAX_CASE_LABEL) {
            rowErrors.add(at(row, "case", "longer than " + ContactData.MAX_CASE_LABEL + " characters"));
        }
        var notes = TextCleaner.multiLine(record.get(6));
        if (rowErrors.size() > errorsBefore) {
            return Optional.empty();
        }
        return Optional.of(new ContactData(
                Optional.of(caseLabel),
                started,
                Duration.ZERO,
                channel.orElseThrow(),
                caller.orElseThrow(),
                age,
                notes,
                topics,
                Optional.empty()));
    }

    private static String at(int row, String column, String problem) {
        return "row " + row + ", column " + column + ": " + problem;
    }

    private static String ids(Enum<?>[] values) {
        return String.join(
                ", ",
                Arrays.stream(values)
                        .map(v -> v instanceof Channel c ? c.id() : ((Caller) v).id())
                        .toList());
    }

    private static Result failed(String error) {
        return new Result(List.of(), List.of(error));
    }

    private static String firstLine(String message) {
        return message == null ? "unreadable" : message.lines().findFirst().orElse("unreadable");
    }

    private static Reader skipBom(Reader reader) throws IOException {
        var pushback = new java.io.PushbackReader(reader, 1);
        var first = pushback.read();
        if (first != -1 && first != '\uFEFF') {
            pushback.unread(first);
        }
        return pushback;
    }
}
