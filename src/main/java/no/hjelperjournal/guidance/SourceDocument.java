package no.hjelperjournal.guidance;

import java.util.List;

/** A source document the pack was written from, with the section headings snippets cite. */
public record SourceDocument(String seed, String title, List<String> sections) {

    public SourceDocument {
        sections = List.copyOf(sections);
    }
}
