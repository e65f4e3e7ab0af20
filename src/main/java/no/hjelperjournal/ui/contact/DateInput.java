package no.hjelperjournal.ui.contact;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import javafx.util.StringConverter;

/**
 * Dates as volunteers type them: 28.11.2026, 28.11.26, 28.11 (this year) or ISO 2026-11-28, whatever the machine's
 * locale, in either language. Shown as dd.MM.yyyy.
 */
final class DateInput extends StringConverter<LocalDate> {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final List<DateTimeFormatter> ACCEPTED = List.of(
            DateTimeFormatter.ofPattern("d.M.uuuu"),
            DateTimeFormatter.ofPattern("d.M.uu"),
            DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d/M/uuuu"));

    @Override
    public String toString(LocalDate date) {
        return date == null ? "" : SHOWN.format(date);
    }

    @Override
    public LocalDate fromString(String text) {
        var t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return null;
        }
        for (var format : ACCEPTED) {
            try {
                return LocalDate.parse(t, format);
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        var dayMonth = t.split("\\.");
        if (dayMonth.length == 2 || dayMonth.length == 3 && dayMonth[2].isEmpty()) {
            try {
                return LocalDate.of(
                        LocalDate.now().getYear(), Integer.parseInt(dayMonth[1]), Integer.parseInt(dayMonth[0]));
            } catch (RuntimeException e) {
                return null;
            }
        }
        return null;
    }
}
