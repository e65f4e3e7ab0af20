package no.hjelperjournal.guidance;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One piece of guidance a volunteer can use or read out.
 *
 * @param topics core topic ids, most fitting first
 * @param refer whom to refer to and why, when health personnel must be involved
 */
public record Snippet(
        String id,
        String title,
        List<String> topics,
        Source source,
        Optional<String> refer,
        LocalDate reviewed,
        String body) {

    /** Where the guidance comes from: a document of the pack and one of its section headings. */
    public record Source(String document, String section) {}

    public Snippet {
        topics = List.copyOf(topics);
    }
}
