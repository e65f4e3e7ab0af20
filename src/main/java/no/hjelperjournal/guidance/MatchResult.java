package no.hjelperjournal.guidance;

import java.util.List;

/** What the matcher found for a note: best first in every list. */
public record MatchResult(List<TopicSuggestion> suggestedTopics, List<SnippetHit> snippets, List<RedFlagHit> flags) {

    public static final MatchResult EMPTY = new MatchResult(List.of(), List.of(), List.of());

    public MatchResult {
        suggestedTopics = List.copyOf(suggestedTopics);
        snippets = List.copyOf(snippets);
        flags = List.copyOf(flags);
    }

    /** A topic the note seems to be about; {@code score} in 0–1. */
    public record TopicSuggestion(String topicId, double score) {}

    public record SnippetHit(Snippet snippet, double score) {}

    /**
     * A warning the note raises. {@code learned}: only the learned backstop raised it, not a rule; {@code cues} are then
     * the words of the note that weighed most, so that the volunteer can judge for herself.
     */
    public record RedFlagHit(String id, String message, boolean learned, List<String> cues) {
        public RedFlagHit {
            cues = List.copyOf(cues);
        }

        public RedFlagHit(String id, String message) {
            this(id, message, false, List.of());
        }
    }
}
