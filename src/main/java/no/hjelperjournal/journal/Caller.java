package no.hjelperjournal.journal;

import java.util.Arrays;
import java.util.Optional;

/** Who made contact. The ids are stable: import, export and statistics share them. */
public enum Caller {
    MOTHER("mother"),
    PARTNER("partner"),
    RELATIVE("relative"),
    HEALTH_WORKER("health-worker"),
    OTHER("other");

    private final String id;

    Caller(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<Caller> fromId(String id) {
        return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst();
    }
}
