package no.hjelperjournal.guidance;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One piece of guidance a volunteer can use or read out.
 *
 * @param topics core topic ids, most fitting first
 * @param also further sections the text draws on, when one fact needs another source beside it
 * @param refer whom to refer to and why, when health personnel must be involved
 * @param caveat the limit that belongs with this guidance wherever it is shown (not with long QT; not when there is
 *     already enough milk): shown on the card before anything else, so a card seen alone is never without it
 * @param reply the same guidance as a short message to the parent ("du"), ready to paste into an SMS or chat
 */
public record Snippet(
        String id,
        String title,
        List<String> topics,
        Source source,
        List<Source> also,
        Optional<String> refer,
        Optional<String> caveat,
        Optional<String> reply,
        LocalDate reviewed,
        String body) {

    /** Where the guidance comes from: a document of the pack and one of its section headings. */
    public record Source(String document, String section) {}

    public Snippet {
        topics = List.copyOf(topics);
        also = List.copyOf(also);
    }

    /** Every section the text draws on, the main one first. */
    public List<Source> sources() {
        var all = new java.util.ArrayList<Source>();
        all.add(source);
        all.addAll(also);
        return List.copyOf(all);
    }

    /** What Copy puts on the clipboard: the reply to the parent when there is one, else the volunteer's text. */
    public String copyText() {
        return reply.orElse(title + "\n\n" + body);
    }
}
