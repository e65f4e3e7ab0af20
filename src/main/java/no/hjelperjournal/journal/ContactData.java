package no.hjelperjournal.journal;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the volunteer records about one contact (a call, an SMS thread, a chat or an e-mail).
 *
 * @param caseLabel pseudonym of the case; empty while a draft has none yet
 * @param topicIds topic ids in the order they were added
 * @param timerRunning whether the call timer was running when this was saved (a draft comes back so after a crash)
 */
public record ContactData(
        Optional<String> caseLabel,
        LocalDateTime startedAt,
        Duration duration,
        Channel channel,
        Caller caller,
        OptionalInt babyAgeWeeks,
        String notes,
        List<String> topicIds,
        Optional<FollowUp> followUp,
        boolean timerRunning) {

    public static final int MAX_CASE_LABEL = 200;
    public static final int MAX_FOLLOW_UP_TEXT = 500;
    public static final int MAX_BABY_AGE_WEEKS = 520;

    public ContactData {
        caseLabel = caseLabel.map(String::strip).filter(s -> !s.isEmpty());
        topicIds = List.copyOf(topicIds);
        if (duration.isNegative()) {
            throw new IllegalArgumentException("duration must not be negative");
        }
        if (babyAgeWeeks.isPresent() && (babyAgeWeeks.getAsInt() < 0 || babyAgeWeeks.getAsInt() > MAX_BABY_AGE_WEEKS)) {
            throw new IllegalArgumentException("baby age out of range: " + babyAgeWeeks.getAsInt());
        }
        caseLabel.ifPresent(l -> {
            if (l.length() > MAX_CASE_LABEL) {
                throw new IllegalArgumentException("case label longer than " + MAX_CASE_LABEL);
            }
        });
        followUp.ifPresent(f -> {
            if (f.text().length() > MAX_FOLLOW_UP_TEXT) {
                throw new IllegalArgumentException("follow-up text longer than " + MAX_FOLLOW_UP_TEXT);
            }
        });
    }

    /** A contact whose call timer is not running: everything but a draft being written. */
    public ContactData(
            Optional<String> caseLabel,
            LocalDateTime startedAt,
            Duration duration,
            Channel channel,
            Caller caller,
            OptionalInt babyAgeWeeks,
            String notes,
            List<String> topicIds,
            Optional<FollowUp> followUp) {
        this(caseLabel, startedAt, duration, channel, caller, babyAgeWeeks, notes, topicIds, followUp, false);
    }

    /** A fresh phone contact from a mother, starting now. */
    public static ContactData startingNow(LocalDateTime now) {
        return new ContactData(
                Optional.empty(),
                now,
                Duration.ZERO,
                Channel.PHONE,
                Caller.MOTHER,
                OptionalInt.empty(),
                "",
                List.of(),
                Optional.empty());
    }
}
