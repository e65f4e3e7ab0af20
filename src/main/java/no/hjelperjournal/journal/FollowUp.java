package no.hjelperjournal.journal;

import java.time.LocalDate;

/** A reminder to get back to a caller on a given day. */
public record FollowUp(LocalDate date, String text, boolean done) {

    public FollowUp {
        text = text.strip();
    }
}
