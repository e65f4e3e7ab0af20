package no.hjelperjournal.ui.contact;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import javafx.util.StringConverter;

/**
 * Follow-up dates as volunteers type them, in either language and whatever the machine's locale: a date (2.12,
 * 02.12.26, 2.12.2026, 2026-12-02, 2/12), a day (i dag, i morgen, i overmorgen, fredag, tomorrow, friday) or a
 * distance (+3, +3d, +2u, om 3 dager, om en uke, in 2 weeks). Shown as dd.MM.yyyy. Text it does not understand is
 * refused ({@link DateTimeParseException}), so the date picker keeps the date it had instead of clearing it.
 */
public final class DateInput extends StringConverter<LocalDate> {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final List<DateTimeFormatter> FULL = List.of(
            DateTimeFormatter.ofPattern("d.M.uuuu"),
            DateTimeFormatter.ofPattern("d.M.uu"),
            DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d/M/uuuu"),
            DateTimeFormatter.ofPattern("d/M/uu"));
    private static final Pattern DAY_MONTH = Pattern.compile("(\\d{1,2})[./](\\d{1,2})\\.?");
    private static final Pattern PLUS =
            Pattern.compile("\\+\\s*(\\d{1,3})\\s*(d|u|w|dag|dager|uke|uker|day|days|week|weeks)?");
    private static final Pattern IN =
            Pattern.compile("(?:om|in)\\s+(\\S+)\\s+(dag|dager|døgn|uke|uker|veke|veker|day|days|week|weeks)");
    private static final Map<String, Integer> DAYS_FROM_TODAY = Map.ofEntries(
            Map.entry("i dag", 0),
            Map.entry("idag", 0),
            Map.entry("today", 0),
            Map.entry("i morgen", 1),
            Map.entry("imorgen", 1),
            Map.entry("i morra", 1),
            Map.entry("imorra", 1),
            Map.entry("i mårå", 1),
            Map.entry("tomorrow", 1),
            Map.entry("i overmorgen", 2),
            Map.entry("overmorgen", 2),
            Map.entry("day after tomorrow", 2),
            Map.entry("the day after tomorrow", 2),
            Map.entry("neste uke", 7),
            Map.entry("neste veke", 7),
            Map.entry("next week", 7));
    private static final Map<String, Integer> NUMBERS = Map.ofEntries(
            Map.entry("en", 1),
            Map.entry("ei", 1),
            Map.entry("ein", 1),
            Map.entry("ett", 1),
            Map.entry("eitt", 1),
            Map.entry("one", 1),
            Map.entry("a", 1),
            Map.entry("to", 2),
            Map.entry("two", 2),
            Map.entry("tre", 3),
            Map.entry("three", 3),
            Map.entry("fire", 4),
            Map.entry("four", 4),
            Map.entry("fem", 5),
            Map.entry("five", 5),
            Map.entry("seks", 6),
            Map.entry("six", 6),
            Map.entry("sju", 7),
            Map.entry("syv", 7),
            Map.entry("seven", 7),
            Map.entry("ti", 10),
            Map.entry("ten", 10),
            Map.entry("fjorten", 14),
            Map.entry("fourteen", 14));
    private static final Map<String, DayOfWeek> WEEKDAYS = Map.ofEntries(
            Map.entry("mandag", DayOfWeek.MONDAY),
            Map.entry("måndag", DayOfWeek.MONDAY),
            Map.entry("man", DayOfWeek.MONDAY),
            Map.entry("monday", DayOfWeek.MONDAY),
            Map.entry("mon", DayOfWeek.MONDAY),
            Map.entry("tirsdag", DayOfWeek.TUESDAY),
            Map.entry("tysdag", DayOfWeek.TUESDAY),
            Map.entry("tir", DayOfWeek.TUESDAY),
            Map.entry("tuesday", DayOfWeek.TUESDAY),
            Map.entry("tue", DayOfWeek.TUESDAY),
            Map.entry("onsdag", DayOfWeek.WEDNESDAY),
            Map.entry("ons", DayOfWeek.WEDNESDAY),
            Map.entry("wednesday", DayOfWeek.WEDNESDAY),
            Map.entry("wed", DayOfWeek.WEDNESDAY),
            Map.entry("torsdag", DayOfWeek.THURSDAY),
            Map.entry("tor", DayOfWeek.THURSDAY),
            Map.entry("thursday", DayOfWeek.THURSDAY),
            Map.entry("thu", DayOfWeek.THURSDAY),
            Map.entry("fredag", DayOfWeek.FRIDAY),
            Map.entry("fre", DayOfWeek.FRIDAY),
            Map.entry("friday", DayOfWeek.FRIDAY),
            Map.entry("fri", DayOfWeek.FRIDAY),
            Map.entry("lørdag", DayOfWeek.SATURDAY),
            Map.entry("laurdag", DayOfWeek.SATURDAY),
            Map.entry("lør", DayOfWeek.SATURDAY),
            Map.entry("saturday", DayOfWeek.SATURDAY),
            Map.entry("sat", DayOfWeek.SATURDAY),
            Map.entry("søndag", DayOfWeek.SUNDAY),
            Map.entry("sundag", DayOfWeek.SUNDAY),
            Map.entry("søn", DayOfWeek.SUNDAY),
            Map.entry("sunday", DayOfWeek.SUNDAY),
            Map.entry("sun", DayOfWeek.SUNDAY));

    private final Supplier<LocalDate> today;

    public DateInput(Supplier<LocalDate> today) {
        this.today = today;
    }

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
        return understand(t, today.get()).orElseThrow(() -> new DateTimeParseException("not understood", t, 0));
    }

    /** The date {@code text} means when typed on {@code today}; empty when it is not understood. */
    public static Optional<LocalDate> understand(String text, LocalDate today) {
        var t = text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (t.endsWith(".") && !DAY_MONTH.matcher(t).matches()) {
            t = t.substring(0, t.length() - 1);
        }
        for (var format : FULL) {
            try {
                return Optional.of(LocalDate.parse(t, format));
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        var dayMonth = DAY_MONTH.matcher(t);
        if (dayMonth.matches()) {
            try {
                var date = LocalDate.of(
                        today.getYear(), Integer.parseInt(dayMonth.group(2)), Integer.parseInt(dayMonth.group(1)));
                // A follow-up lies ahead: 3.1 typed in December is next January.
                return Optional.of(date.isBefore(today) ? date.plusYears(1) : date);
            } catch (java.time.DateTimeException e) {
                return Optional.empty();
            }
        }
        if (DAYS_FROM_TODAY.containsKey(t)) {
            return Optional.of(today.plusDays(DAYS_FROM_TODAY.get(t)));
        }
        var weekday = WEEKDAYS.get(t.replaceFirst("^(på|neste|next|on) ", ""));
        if (weekday != null) {
            // The coming one: "fredag" said on a Friday means a week from today.
            var days = (weekday.getValue() - today.getDayOfWeek().getValue() + 7) % 7;
            return Optional.of(today.plusDays(days == 0 ? 7 : days));
        }
        var plus = PLUS.matcher(t);
        if (plus.matches()) {
            return Optional.of(ahead(today, Integer.parseInt(plus.group(1)), plus.group(2)));
        }
        var in = IN.matcher(t);
        if (in.matches()) {
            var word = in.group(1);
            var count = word.matches("\\d{1,3}") ? Integer.valueOf(word) : NUMBERS.get(word);
            if (count != null) {
                return Optional.of(ahead(today, count, in.group(2)));
            }
        }
        return Optional.empty();
    }

    private static LocalDate ahead(LocalDate today, int count, String unit) {
        var weeks = unit != null && (unit.startsWith("u") || unit.startsWith("w") || unit.startsWith("v"));
        return weeks ? today.plusWeeks(count) : today.plusDays(count);
    }
}
