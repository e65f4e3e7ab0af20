package no.hjelperjournal.journal;

import java.util.Arrays;
import java.util.Optional;

/** How the parent reached the volunteer. The ids are stable: import, export and statistics share them. */
public enum Channel {
    PHONE("phone"),
    SMS("sms"),
    CHAT("chat"),
    EMAIL("email"),
    SOCIAL("social");

    private final String id;

    Channel(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<Channel> fromId(String id) {
        return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst();
    }
}
