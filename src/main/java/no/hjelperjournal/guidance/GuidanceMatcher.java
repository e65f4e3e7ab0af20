package no.hjelperjournal.guidance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import no.hjelperjournal.journal.Caller;
import no.hjelperjournal.journal.CoreTopics;
import no.hjelperjournal.privacy.IdentifyingDetails;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.jspecify.annotations.Nullable;

/**
 * Matches a note against the pack: an in-memory Lucene index of the snippets (title, text and the labels of their
 * topics), queried with every term of the note. Topics the volunteer already chose lift their snippets. Suggested
 * topics come from the best snippets' topics, weighted by how well each snippet matched, and from how much the note reads
 * like each topic's profile (its words and its two-word phrases). Thread-safe; build once.
 */
public final class GuidanceMatcher {

    private static final String TITLE = "title";
    private static final String BODY = "body";
    private static final String LABELS = "labels";
    private static final String TOPIC = "topic";
    /** Two-word phrases of a topic profile ("føler ingenting", "ingen glede"), one token each. */
    private static final String PAIRS = "pairs";

    private static final float TITLE_BOOST = 1.5f;
    private static final float LABEL_BOOST = 1.2f;
    private static final float CHOSEN_TOPIC_BOOST = 1.0f;
    /** Snippets that score below this share of the best one are noise, not guidance. */
    private static final double MIN_SHARE_OF_BEST = 0.3;
    /** How many of the best snippets vote on the suggested topics. */
    private static final int VOTERS = 8;
    /** A match this strong (BM25, summed over the note's terms) makes the suggestions fully confident. */
    private static final double CONFIDENT_SCORE = 12.0;
    /** Misspelled words are looked up fuzzily, but only this many per note, so long notes stay fast. */
    private static final int MAX_FUZZY_TERMS = 24;

    private static final float FUZZY_BOOST = 0.6f;
    private static final int FUZZY_CACHE_SIZE = 4096;
    /** BM25 with less length normalisation than Lucene's 0.75: the short infographic snippets won too easily. */
    private static final BM25Similarity SIMILARITY = new BM25Similarity(1.2f, 0.5f);

    private static final double[] TOPIC_POSITION_WEIGHT = {1.0, 0.55, 0.35};
    /**
     * How much a snippet is lifted when the note reads like its topic (topic profile score 0–1): up to four times, so
     * the topic the whole note is about decides among snippets that share a few words with it.
     */
    private static final double PROFILE_LIFT = 3.0;
    /** Weight of the topic profiles beside the snippets' votes in the suggested topics. */
    private static final double PROFILE_SHARE = 0.65;
    /**
     * Weight of a two-word phrase the note shares with a profile, beside its two words: "føler ingenting" says more
     * than "føler" and "ingenting" apart, but a phrase must not outweigh a topic's own words.
     */
    private static final float PAIR_BOOST = 0.6f;
    /**
     * How much a note from a partner or relative reads like family support, whatever it says: enough to offer the
     * topic and lift its guidance, not enough to outweigh what the note is about.
     */
    private static final double FAMILY_CALLER_LIKENESS = 0.6;
    /** The score a snippet on the lead topic gets for being on it, when it shares no word with the note. */
    private static final float LEAD_FLOOR = 0.5f;
    /** How many of the nearest example notes vote on the topics. */
    private static final int NEIGHBOURS = 12;
    /** Weight of the nearest example notes beside the topic profiles in how much a note reads like a topic. */
    private static final double EXAMPLE_SHARE = 0.5;
    /** Weight of words that say who and when, not what ({@code context.txt}): "bb 7 uker" is in nearly every note. */
    private static final float CONTEXT_WEIGHT = 0.25f;

    private final Analyzer noteAnalyzer;
    /** False for the baseline: no topic profiles, no fuzzy look-up. */
    private final boolean full;

    private final List<Snippet> byDoc;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final List<String> profileTopics;
    private final DirectoryReader profileReader;
    private final IndexSearcher profileSearcher;
    private final List<ContentPack.Example> examples;
    private final DirectoryReader exampleReader;
    private final IndexSearcher exampleSearcher;
    private final @Nullable RedFlagDetector redFlags;
    private final @Nullable WarningReader warnings;
    /** The pack, kept for training the backstop after the fact. */
    private @Nullable ContentPack pack;

    private final Set<String> contextTerms;
    private final Map<String, Query> fuzzyCache = new ConcurrentHashMap<>();

    private GuidanceMatcher(
            ContentPack pack,
            Analyzer analyzer,
            Analyzer noteAnalyzer,
            boolean full,
            @Nullable RedFlagDetector redFlags,
            @Nullable WarningReader warnings) {
        this.noteAnalyzer = noteAnalyzer;
        this.full = full;
        this.redFlags = redFlags;
        this.warnings = warnings;
        this.byDoc = pack.snippets();
        this.contextTerms = new HashSet<>();
        if (full) {
            pack.contextWords()
                    .forEach(w -> NorwegianAnalysis.tokens(analyzer, w).forEach(t -> contextTerms.add(t.term())));
        }
        var similarity = full ? SIMILARITY : new BM25Similarity();
        this.reader = index(
                analyzer,
                similarity,
                byDoc.stream().map(GuidanceMatcher::document).toList());
        this.searcher = searcher(reader, similarity);
        // The baseline knows only the snippets: no topic profiles.
        this.profileTopics = full ? List.copyOf(pack.topicProfiles().keySet()) : List.of();
        this.profileReader = index(
                analyzer,
                similarity,
                profileTopics.stream()
                        .map(topic -> {
                            var doc = new Document();
                            var profile = pack.topicProfiles().get(topic);
                            doc.add(new TextField(BODY, profile, Field.Store.NO));
                            doc.add(new TextField(
                                    PAIRS,
                                    String.join(" ", pairs(NorwegianAnalysis.tokens(analyzer, profile))),
                                    Field.Store.NO));
                            return doc;
                        })
                        .toList());
        this.profileSearcher = searcher(profileReader, similarity);
        this.examples = full ? pack.examples() : List.of();
        this.exampleReader = index(
                analyzer,
                similarity,
                examples.stream()
                        .map(example -> {
                            var doc = new Document();
                            doc.add(new TextField(BODY, example.text(), Field.Store.NO));
                            return doc;
                        })
                        .toList());
        this.exampleSearcher = searcher(exampleReader, similarity);
    }

    private static DirectoryReader index(Analyzer analyzer, Similarity similarity, List<Document> documents) {
        try {
            var directory = new ByteBuffersDirectory();
            // The pairs are made from analysed words already; only split them at the spaces.
            var fields = new PerFieldAnalyzerWrapper(analyzer, Map.of(PAIRS, new WhitespaceAnalyzer()));
            try (var writer = new IndexWriter(directory, new IndexWriterConfig(fields).setSimilarity(similarity))) {
                writer.addDocuments(documents);
            }
            return DirectoryReader.open(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Each analysed word joined with the word that follows it ("fol_ingenting"). Words the analysis put at one position
     * (a compound and its parts) each pair with the next position's words; left-out stop words do not break a pair.
     */
    static List<String> pairs(List<NorwegianAnalysis.Token> tokens) {
        var result = new ArrayList<String>();
        for (int i = 0; i < tokens.size(); i++) {
            var first = tokens.get(i);
            var next = -1;
            for (int j = i + 1; j < tokens.size(); j++) {
                var second = tokens.get(j);
                if (second.position() <= first.position()) {
                    continue;
                }
                if (next == -1) {
                    next = second.position();
                } else if (second.position() != next) {
                    break;
                }
                result.add(first.term() + "_" + second.term());
            }
        }
        return result;
    }

    private static IndexSearcher searcher(DirectoryReader reader, Similarity similarity) {
        var searcher = new IndexSearcher(reader);
        searcher.setSimilarity(similarity);
        return searcher;
    }

    /**
     * The matcher the app uses: Norwegian analysis with compounds and synonyms, fuzzy look-up, red flags, and the
     * learned backstop behind them (trained here, which takes seconds the first time for a pack).
     */
    public static GuidanceMatcher build(ContentPack pack) {
        var matcher = buildRulesFirst(pack);
        matcher.learnWarnings();
        return matcher;
    }

    /**
     * As {@link #build}, with the rules' warnings at once and the learned backstop only after {@link #learnWarnings}:
     * the window shows guidance while the backstop trains.
     */
    public static GuidanceMatcher buildRulesFirst(ContentPack pack) {
        var analysis = new NorwegianAnalysis(pack.compoundParts(), pack.synonyms());
        var detector = new RedFlagDetector(pack.redFlags());
        var matcher = new GuidanceMatcher(
                pack,
                analysis.analyzer(),
                analysis.noteAnalyzer(),
                true,
                detector,
                new WarningReader(detector, null, pack.redFlags().flags()));
        matcher.pack = pack;
        return matcher;
    }

    /** Trains the learned backstop behind the rules (once per pack; a no-op for a pack without warning notes). */
    public void learnWarnings() {
        if (warnings != null && pack != null) {
            var trained = LearnedWarningsCache.forPack(pack, redFlags);
            if (trained != null) {
                warnings.learned(trained);
            }
        }
    }

    /** Plain BM25 with Lucene's {@code StandardAnalyzer}, nothing Norwegian: the baseline the evaluation compares. */
    public static GuidanceMatcher baseline(ContentPack pack) {
        var standard = new StandardAnalyzer();
        return new GuidanceMatcher(pack, standard, standard, false, null, null);
    }

    private static Document document(Snippet snippet) {
        var doc = new Document();
        doc.add(new TextField(TITLE, snippet.title(), Field.Store.NO));
        doc.add(new TextField(BODY, snippet.body(), Field.Store.NO));
        var labels = new StringBuilder();
        for (var topicId : snippet.topics()) {
            doc.add(new StringField(TOPIC, topicId, Field.Store.NO));
            CoreTopics.byId(topicId).ifPresent(t -> labels.append(t.labelNb())
                    .append(". ")
                    .append(t.labelEn())
                    .append(". "));
        }
        doc.add(new TextField(LABELS, labels.toString(), Field.Store.NO));
        return doc;
    }

    /**
     * Ranks the pack's snippets for a note.
     *
     * @param chosenTopics topics already on the contact; their snippets are lifted
     * @param top how many snippets to return at most
     */
    public MatchResult match(String note, Collection<String> chosenTopics, int top) {
        return match(note, chosenTopics, top, Optional.empty());
    }

    /**
     * As {@link #match(String, Collection, int)}, knowing who called: a partner or relative asking lifts the guidance
     * on support from family.
     */
    public MatchResult match(String original, Collection<String> chosenTopics, int top, Optional<Caller> caller) {
        // A phone number, an address or an e-mail says nothing about what the call was about.
        var note = IdentifyingDetails.mask(original);
        // Flags come from the whole note, stop words and negations included ("vil ikke leve" has no other words).
        var flags = warnings(note);
        var tokens = NorwegianAnalysis.tokens(noteAnalyzer, note);
        var terms = termCounts(tokens);
        if (terms.isEmpty() && chosenTopics.isEmpty()) {
            return flags.isEmpty() ? MatchResult.EMPTY : new MatchResult(List.of(), List.of(), flags);
        }
        try {
            var profile = blend(profileScores(terms, full ? pairs(tokens) : List.of()), exampleScores(terms));
            if (full
                    && caller.filter(c -> c == Caller.PARTNER || c == Caller.RELATIVE)
                            .isPresent()) {
                profile.merge("family-support", FAMILY_CALLER_LIKENESS, Math::max);
            }
            var noteQuery = query(terms, chosenTopics);
            var scores = score(noteQuery, chosenTopics, profile);
            var ranked = scores.entrySet().stream()
                    .sorted(Map.Entry.<Integer, Double>comparingByValue().reversed())
                    .toList();
            var best = ranked.isEmpty() ? 0 : ranked.getFirst().getValue();
            var shown = new ArrayList<>(ranked.stream()
                    .filter(e -> e.getValue() >= best * MIN_SHARE_OF_BEST)
                    .limit(top)
                    .toList());
            var topics = suggestTopics(ranked, profile, terms.isEmpty());
            // Topics the volunteer chose are her own judgement; the suggestion only leads while she has chosen none.
            if (full && !topics.isEmpty() && chosenTopics.isEmpty()) {
                showLeadTopic(shown, ranked, topics.getFirst().topicId(), top, noteQuery, profile);
            } else if (!chosenTopics.isEmpty()
                    && shown.stream().limit(1).noneMatch(e -> chosenTopics.stream()
                            .anyMatch(t -> onTopic(e, t)))) {
                // A vague note ("sliten og lei seg") must not keep her own choice of topic out of the first card.
                showLeadTopic(shown, ranked, chosenTopics.iterator().next(), top, noteQuery, profile);
            }
            var snippets = shown.stream()
                    .map(e -> new MatchResult.SnippetHit(byDoc.get(e.getKey()), round(e.getValue())))
                    .toList();
            return new MatchResult(topics, snippets, flags);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The warnings alone, as {@link #match} raises them (for the benchmark). */
    List<MatchResult.RedFlagHit> flags(String note) {
        return warnings(IdentifyingDetails.mask(note));
    }

    private List<MatchResult.RedFlagHit> warnings(String maskedNote) {
        return warnings == null ? List.of() : warnings.read(maskedNote);
    }

    /** What the red-flag reading found in a note, for a pack editor asking why a flag was or was not raised. */
    public List<String> explainFlags(String note) {
        return redFlags == null
                ? List.of()
                : redFlags.mentions(note).stream().map(Object::toString).toList();
    }

    /**
     * The first card is on the topic suggested first: when the best-scoring snippet is on another topic, the
     * best-matching snippet on the suggested one goes before it. The suggestion weighs the whole note against every
     * topic, so it is the better judge; and the volunteer who sees the chip "Donasjon av morsmelk" first should not
     * see guidance on premature babies first. Measured: no change in hit@3 or top-1 on any evaluation set.
     */
    private void showLeadTopic(
            List<Map.Entry<Integer, Double>> shown,
            List<Map.Entry<Integer, Double>> ranked,
            String lead,
            int top,
            Query noteQuery,
            Map<String, Double> profile)
            throws IOException {
        if (shown.isEmpty() || onTopic(shown.getFirst(), lead)) {
            return;
        }
        var onLead = ranked.stream().filter(e -> onTopic(e, lead)).findFirst();
        if (onLead.isEmpty()) {
            onLead = bestOnTopic(lead, noteQuery, profile);
        }
        onLead.ifPresent(e -> {
            shown.remove(e);
            shown.addFirst(e);
            if (shown.size() > top) {
                shown.removeLast();
            }
        });
    }

    /**
     * The best snippet on a topic when none shares a word with the note: the topic was suggested by the examples and
     * profiles ("fryseren … sykehuset" reads like donation), and its guidance belongs first even so.
     */
    private Optional<Map.Entry<Integer, Double>> bestOnTopic(String topic, Query noteQuery, Map<String, Double> profile)
            throws IOException {
        var onTopic = new TermQuery(new Term(TOPIC, topic));
        var query = new BooleanQuery.Builder()
                .add(onTopic, BooleanClause.Occur.FILTER)
                .add(noteQuery, BooleanClause.Occur.SHOULD)
                .add(new BoostQuery(new ConstantScoreQuery(onTopic), LEAD_FLOOR), BooleanClause.Occur.SHOULD)
                .build();
        return score(query, List.of(), profile).entrySet().stream().max(Map.Entry.comparingByValue());
    }

    private boolean onTopic(Map.Entry<Integer, Double> hit, String topic) {
        return byDoc.get(hit.getKey()).topics().contains(topic);
    }

    private Map<String, Integer> termCounts(List<NorwegianAnalysis.Token> tokens) {
        var counts = new LinkedHashMap<String, Integer>();
        for (var token : tokens) {
            // Numbers say little about the topic (30 seconds, 30 ml, 3 weeks) and pull towards snippets with figures.
            if (token.term().chars().anyMatch(Character::isLetter)) {
                counts.merge(token.term(), 1, Integer::sum);
            }
        }
        return counts;
    }

    /**
     * The nearest example notes vote on the topics, each with its BM25 score and its topics' places; 0–1 relative
     * to the best topic.
     */
    private Map<String, Double> exampleScores(Map<String, Integer> terms) throws IOException {
        var result = new HashMap<String, Double>();
        if (terms.isEmpty() || examples.isEmpty()) {
            return result;
        }
        var hits = exampleSearcher.search(bodyTerms(exampleReader, terms).build(), NEIGHBOURS).scoreDocs;
        if (hits.length == 0) {
            return result;
        }
        var top = hits[0].score;
        for (var hit : hits) {
            var share = hit.score / top;
            var topics = examples.get(hit.doc).topics();
            for (int i = 0; i < topics.size(); i++) {
                result.merge(topics.get(i), share * share * TOPIC_POSITION_WEIGHT[Math.min(i, 2)], Double::sum);
            }
        }
        return scaledToBest(result);
    }

    /** The topic profiles and the nearest examples together: how much the note reads like each topic, 0–1. */
    private static Map<String, Double> blend(Map<String, Double> profile, Map<String, Double> examples) {
        if (examples.isEmpty()) {
            return profile;
        }
        var result = new HashMap<String, Double>();
        profile.forEach((topic, score) -> result.merge(topic, (1 - EXAMPLE_SHARE) * score, Double::sum));
        examples.forEach((topic, score) -> result.merge(topic, EXAMPLE_SHARE * score, Double::sum));
        return scaledToBest(result);
    }

    /** Each score divided by the best, so the best topic is 1. */
    private static Map<String, Double> scaledToBest(Map<String, Double> scores) {
        var best =
                scores.values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
        scores.replaceAll((topic, score) -> score / best);
        return scores;
    }

    /** A query for the note's words that this index knows, each with its weight, on the body field. */
    private BooleanQuery.Builder bodyTerms(DirectoryReader index, Map<String, Integer> terms) throws IOException {
        var query = new BooleanQuery.Builder();
        for (var entry : terms.entrySet()) {
            var t = new Term(BODY, entry.getKey());
            if (index.docFreq(t) > 0) {
                query.add(boosted(new TermQuery(t), weight(entry)), BooleanClause.Occur.SHOULD);
            }
        }
        return query;
    }

    /** How much the note reads like each topic's profile, 0–1 relative to the best topic. */
    private Map<String, Double> profileScores(Map<String, Integer> terms, List<String> pairs) throws IOException {
        var result = new HashMap<String, Double>();
        if (terms.isEmpty() || profileTopics.isEmpty()) {
            return result;
        }
        var query = bodyTerms(profileReader, terms);
        for (var pair : new HashSet<>(pairs)) {
            var t = new Term(PAIRS, pair);
            if (profileReader.docFreq(t) > 0) {
                query.add(boosted(new TermQuery(t), PAIR_BOOST), BooleanClause.Occur.SHOULD);
            }
        }
        var hits = profileSearcher.search(query.build(), profileTopics.size()).scoreDocs;
        if (hits.length == 0) {
            return result;
        }
        var best = hits[0].score;
        for (var hit : hits) {
            result.put(profileTopics.get(hit.doc), (double) hit.score / best);
        }
        return result;
    }

    private Query query(Map<String, Integer> terms, Collection<String> chosenTopics) throws IOException {
        var query = new BooleanQuery.Builder();
        var fuzzyLeft = MAX_FUZZY_TERMS;
        for (var entry : terms.entrySet()) {
            var term = entry.getKey();
            var weight = weight(entry);
            var known = false;
            for (var field : List.of(TITLE, BODY, LABELS)) {
                var t = new Term(field, term);
                if (reader.docFreq(t) > 0) {
                    known = true;
                    query.add(boosted(new TermQuery(t), weight * fieldBoost(field)), BooleanClause.Occur.SHOULD);
                }
            }
            if (!known
                    && full
                    && fuzzyLeft > 0
                    && term.length() >= 5
                    && term.chars().allMatch(Character::isLetter)) {
                fuzzyLeft--;
                query.add(boosted(misspelled(term), FUZZY_BOOST * weight), BooleanClause.Occur.SHOULD);
            }
        }
        for (var topic : chosenTopics) {
            query.add(boosted(new TermQuery(new Term(TOPIC, topic)), 1.0f), BooleanClause.Occur.SHOULD);
        }
        return query.build();
    }

    /**
     * The pack's words within one or two edits of a word the pack does not know (brystbetenelse → brystbetennelse).
     * Building the edit automata costs milliseconds, and a note being typed asks for the same words again on every
     * pause, so each word's expansion against this fixed index is kept.
     */
    private Query misspelled(String term) throws IOException {
        var cached = fuzzyCache.get(term);
        if (cached != null) {
            return cached;
        }
        var edits = term.length() >= 8 ? 2 : 1;
        var either = new BooleanQuery.Builder();
        for (var field : List.of(TITLE, BODY)) {
            either.add(new FuzzyQuery(new Term(field, term), edits, 2, 20, true), BooleanClause.Occur.SHOULD);
        }
        var rewritten = searcher.rewrite(either.build());
        if (fuzzyCache.size() >= FUZZY_CACHE_SIZE) {
            fuzzyCache.clear();
        }
        fuzzyCache.put(term, rewritten);
        return rewritten;
    }

    /** A word the note repeats weighs a little more, but never drowns the rest; who-and-when words weigh less. */
    private float weight(Map.Entry<String, Integer> termCount) {
        var weight = (float) (1 + Math.log(termCount.getValue()));
        return contextTerms.contains(termCount.getKey()) ? weight * CONTEXT_WEIGHT : weight;
    }

    private static float fieldBoost(String field) {
        return switch (field) {
            case TITLE -> TITLE_BOOST;
            case LABELS -> LABEL_BOOST;
            default -> 1.0f;
        };
    }

    private static Query boosted(Query query, float boost) {
        return boost == 1.0f ? query : new BoostQuery(query, boost);
    }

    /** BM25 scores of all matching snippets, lifted for each topic the volunteer already chose. */
    private Map<Integer, Double> score(Query query, Collection<String> chosenTopics, Map<String, Double> profile)
            throws IOException {
        var scores = new HashMap<Integer, Double>();
        var chosen = Set.copyOf(chosenTopics);
        for (var hit : searcher.search(query, byDoc.size()).scoreDocs) {
            var topics = byDoc.get(hit.doc).topics();
            var overlap = topics.stream().filter(chosen::contains).count();
            var likeness = 0.0;
            for (int i = 0; i < topics.size(); i++) {
                likeness = Math.max(
                        likeness, profile.getOrDefault(topics.get(i), 0.0) * TOPIC_POSITION_WEIGHT[Math.min(i, 2)]);
            }
            scores.put(hit.doc, hit.score * (1.0 + CHOSEN_TOPIC_BOOST * overlap) * (1.0 + PROFILE_LIFT * likeness));
        }
        return scores;
    }

    /**
     * Each of the best snippets votes for its topics, weighted by its score relative to the best and by the topic's
     * place in the snippet's list. The votes are normalised to 0–1 and scaled down when even the best match is weak.
     */
    private List<MatchResult.TopicSuggestion> suggestTopics(
            List<Map.Entry<Integer, Double>> ranked, Map<String, Double> profile, boolean noText) {
        if (ranked.isEmpty() || noText) {
            return List.of();
        }
        var best = ranked.getFirst().getValue();
        var votes = new LinkedHashMap<String, Double>();
        var total = 0.0;
        for (var entry : ranked.subList(0, Math.min(VOTERS, ranked.size()))) {
            var share = entry.getValue() / best;
            var weight = share * share;
            total += weight;
            var topics = byDoc.get(entry.getKey()).topics();
            for (int i = 0; i < topics.size(); i++) {
                votes.merge(topics.get(i), weight * TOPIC_POSITION_WEIGHT[Math.min(i, 2)], Double::sum);
            }
        }
        var confidence = Math.min(1.0, best / CONFIDENT_SCORE);
        var combined = new HashMap<String, Double>();
        for (var e : votes.entrySet()) {
            combined.merge(e.getKey(), (1 - PROFILE_SHARE) * e.getValue() / total, Double::sum);
        }
        profile.forEach((topic, likeness) -> combined.merge(topic, PROFILE_SHARE * likeness, Double::sum));
        return combined.entrySet().stream()
                .map(e -> new MatchResult.TopicSuggestion(e.getKey(), round(e.getValue() * confidence)))
                .sorted(Comparator.comparingDouble(MatchResult.TopicSuggestion::score)
                        .reversed())
                .toList();
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
