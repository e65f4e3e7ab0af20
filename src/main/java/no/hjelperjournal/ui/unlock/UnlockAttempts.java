package no.hjelperjournal.ui.unlock;

import java.time.Duration;
import java.time.Instant;

/**
 * Slows down repeated wrong passphrases: the first two tries are free (Argon2 already costs about half a second),
 * then the wait doubles from 2 seconds up to 60.
 */
public final class UnlockAttempts {

    private int failures;
    private Instant notBefore = Instant.MIN;

    public void failed(Instant now) {
        failures++;
        if (failures >= 3) {
            var seconds = Math.min(60, 1L << Math.min(6, failures - 2));
            notBefore = now.plusSeconds(seconds);
        }
    }

    public void succeeded() {
        failures = 0;
        notBefore = Instant.MIN;
    }

    /** How long the volunteer must wait before the next try; zero when she may try now. */
    public Duration waitFrom(Instant now) {
        return now.isBefore(notBefore) ? Duration.between(now, notBefore) : Duration.ZERO;
    }

    public int failures() {
        return failures;
    }
}
