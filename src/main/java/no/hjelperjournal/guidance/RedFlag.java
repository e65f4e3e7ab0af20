package no.hjelperjournal.guidance;

import java.util.List;

/**
 * A situation where the volunteer must refer the caller on, and the words that reveal it. The note raises the flag when
 * every group in {@code allOf} has at least one matching alternative; an alternative is a word or a short phrase.
 *
 * @param message what to do, in the volunteer's language, shown in the banner
 */
public record RedFlag(String id, String message, List<List<String>> allOf) {

    public RedFlag {
        allOf = allOf.stream().map(List::copyOf).toList();
    }
}
