package no.hjelperjournal.support;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import no.hjelperjournal.journal.Caller;
import no.hjelperjournal.journal.Channel;
import no.hjelperjournal.journal.ContactData;
import no.hjelperjournal.journal.FollowUp;

/** Small builders for contacts in tests. */
public final class TestData {

    public static final char[] PASSPHRASE = "riktig hest batteri stift".toCharArray();

    private TestData() {}

    public static char[] passphrase() {
        return PASSPHRASE.clone();
    }

    public static char[] passphrase(String text) {
        return text.toCharArray();
    }

    public static ContactData contact(String caseLabel, String notes, String... topics) {
        return new ContactData(
                Optional.of(caseLabel),
                LocalDateTime.of(2026, 11, 20, 21, 30),
                Duration.ofMinutes(12),
                Channel.PHONE,
                Caller.MOTHER,
                OptionalInt.of(3),
                notes,
                List.of(topics),
                Optional.empty());
    }

    public static ContactData withFollowUp(ContactData data, LocalDate date, String text) {
        return new ContactData(
                data.caseLabel(),
                data.startedAt(),
                data.duration(),
                data.channel(),
                data.caller(),
                data.babyAgeWeeks(),
                data.notes(),
                data.topicIds(),
                Optional.of(new FollowUp(date, text, false)));
    }
}
