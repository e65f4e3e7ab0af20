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

    public record RedFlagHit(String id, String message) {}
}
