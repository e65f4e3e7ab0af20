package no.hjelperjournal.journal;

import java.util.Locale;

/**
 * A topic a contact can be tagged with. Core topics carry the stable ids of the shared taxonomy; the volunteer's own
 * topics ({@code core == false}) count as {@code other} in statistics.
 */
public record Topic(String id, String labelNb, String labelEn, boolean core) {

    public String label(Locale locale) {
        return "en".equals(locale.getLanguage()) ? labelEn : labelNb;
    }
}
