package no.hjelperjournal.privacy;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds details that identify a person in a note: phone numbers (Norwegian and foreign, found by libphonenumber, which
 * knows every country's numbering plan), eleven-digit national identity numbers, e-mail addresses, street addresses
 * with a house number and postcodes with a place. It is used to keep such details from being read as words (a street
 * name is no topic, a phone number no temperature).
 */
public final class IdentifyingDetails {

    /** What kind of detail a span is. */
    public enum Kind {
        PHONE,
        NATIONAL_ID,
        EMAIL,
        ADDRESS,
        POSTCODE
    }

    /** A detail found in the text, from {@code start} to {@code end} (exclusive). */
    public record Span(Kind kind, int start, int end) {}

    private record Rule(Kind kind, Pattern pattern) {}

    private static final String STREET_ENDINGS = "veien|vegen|veg|vei|gata|gate|gaten|stien|stie|bakken|plassen|plass|"
            + "allé|alle|alléen|torget|ringen|lia|lien|haugen|jordet|tunet|kroken|svingen|åsen|brinken|løkka|stubben|"
            + "grenda|vollen|kaia|bryggen|vegen|vn|gt";

    private static final List<Rule> RULES = List.of(
            new Rule(Kind.EMAIL, Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}.-]+\\.\\p{L}{2,}")),
            new Rule(Kind.NATIONAL_ID, Pattern.compile("(?<![\\d,.])\\d{6}\\s?\\d{5}(?![\\d,.])")),
            new Rule(
                    Kind.ADDRESS,
                    Pattern.compile("(?iu)\\b\\p{L}+(?:" + STREET_ENDINGS + ")\\.?\\s+\\d{1,4}\\s?[a-h]?\\b")),
            new Rule(Kind.POSTCODE, Pattern.compile("(?u)\\b\\d{4}\\s+\\p{Lu}\\p{L}+\\b")));

    private IdentifyingDetails() {}

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    /** Every detail found, in text order; where two overlap, the first found kind wins. */
    public static List<Span> find(String text) {
        var spans = new ArrayList<Span>();
        for (var rule : RULES.subList(0, 2)) {
            add(spans, rule, text);
        }
        // VALID: a number that is one in its country's plan ("38,9" or "40 minutter" never is); Norway by default.
        for (var match : PHONES.findNumbers(text, "NO", PhoneNumberUtil.Leniency.VALID, Long.MAX_VALUE)) {
            var span = new Span(Kind.PHONE, match.start(), match.end());
            if (spans.stream().noneMatch(s -> s.start() < span.end() && span.start() < s.end())) {
                spans.add(span);
            }
        }
        for (var rule : RULES.subList(2, RULES.size())) {
            add(spans, rule, text);
        }
        spans.sort(Comparator.comparingInt(Span::start));
        return List.copyOf(spans);
    }

    private static void add(List<Span> spans, Rule rule, String text) {
        var matcher = rule.pattern().matcher(text);
        while (matcher.find()) {
            var span = new Span(rule.kind(), matcher.start(), matcher.end());
            if (spans.stream().noneMatch(s -> s.start() < span.end() && span.start() < s.end())) {
                spans.add(span);
            }
        }
    }

    /** The text with every detail replaced by spaces of the same length, so positions stay where they were. */
    public static String mask(String text) {
        var spans = find(text);
        if (spans.isEmpty()) {
            return text;
        }
        var chars = text.toCharArray();
        for (var span : spans) {
            for (int i = span.start(); i < span.end(); i++) {
                chars[i] = ' ';
            }
        }
        return new String(chars);
    }
}
