package no.hjelperjournal.guidance;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.miscellaneous.ScandinavianFoldingFilter;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.no.NorwegianMinimalStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The one Norwegian analysis chain, shared by guidance matching and (later) search over notes: standard tokens,
 * lower case, Norwegian stop words, compound splitting against the pack's list of parts (brystbetennelse → bryst +
 * betennelse, the whole word kept as well), minimal Bokmål stemming (plural and definite endings; the light stemmer
 * cut bryst to bry), folding of æ ø å so that "fodsel" typed without them meets "fødsel", then the pack's domain
 * synonyms (mastitt → brystbetennelse, English words → Norwegian), so a note in everyday words or English meets the
 * pack's words.
 */
public final class NorwegianAnalysis {

    /** Compound parts shorter than this are not split out: too many false parts (mor in morgen). */
    private static final int MIN_PART = 4;

    private static final int MIN_COMPOUND = 7;
    private static final int MAX_PART = 20;

    /**
     * Norwegian and English stop words: English notes otherwise meet Norwegian words by accident ("to" is two, "far"
     * is father). English "no" and "not" are handled as negations before this.
     */
    private static final CharArraySet STOP_WORDS = stopWords();

    private final CharArraySet parts;
    private final SynonymMap synonyms;
    private final Analyzer matching;
    private final Analyzer notes;
    private final Analyzer withStopWords;

    /** One token after analysis: its term and position. */
    public record Token(String term, int position) {}

    /** Lucene's NorwegianLightStemmer.BOKMAAL | NYNORSK (not public): volunteers write both ("pumpar", "gutane"). */
    private static final int STEM_FLAGS = 1 | 2;

    public NorwegianAnalysis(List<String> compoundParts, String synonymRules) {
        this.parts = new CharArraySet(compoundParts, true);
        this.synonyms = parseSynonyms(synonymRules);
        this.matching = chain(true, false);
        this.notes = chain(true, true);
        this.withStopWords = chain(false, false);
    }

    /** The chain for indexing text. */
    public Analyzer analyzer() {
        return matching;
    }

    /** The chain for a note being matched: as {@link #analyzer()}, and what the note negates is left out. */
    public Analyzer noteAnalyzer() {
        return notes;
    }

    /** The same chain with stop words kept, for red-flag phrases where "ikke" matters. */
    public Analyzer analyzerKeepingStopWords() {
        return withStopWords;
    }

    /** Terms and positions of {@code text} under the given chain. */
    public static List<Token> tokens(Analyzer analyzer, String text) {
        var result = new ArrayList<Token>();
        try (var stream = analyzer.tokenStream("text", new StringReader(text))) {
            var term = stream.addAttribute(CharTermAttribute.class);
            var increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            var position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                result.add(new Token(term.toString(), Math.max(position, 0)));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result;
    }

    private Analyzer chain(boolean dropStopWords, boolean dropNegated) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                var tokenizer = new StandardTokenizer();
                // "baby's" and "mom's" in English notes are the baby and the mother.
                TokenStream stream = new EnglishPossessiveFilter(new LowerCaseFilter(tokenizer));
                if (dropNegated) {
                    stream = new NegationFilter(stream);
                }
                if (dropStopWords) {
                    stream = new StopFilter(stream, STOP_WORDS);
                }
                stream = new DictionaryCompoundWordTokenFilter(stream, parts, MIN_COMPOUND, MIN_PART, MAX_PART, true);
                stream = new ScandinavianFoldingFilter(new NorwegianMinimalStemFilter(stream, STEM_FLAGS));
                if (synonyms.fst != null) {
                    stream = new FlattenGraphFilter(new SynonymGraphFilter(stream, synonyms, true));
                }
                return new TokenStreamComponents(tokenizer, stream);
            }
        };
    }

    /** Whether a lower-case word is one of the stop words the analysis leaves out. */
    static boolean isStopWord(String word) {
        return STOP_WORDS.contains(word);
    }

    private static CharArraySet stopWords() {
        var set = new CharArraySet(NorwegianAnalyzer.getDefaultStopSet(), false);
        set.addAll(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        set.addAll(List.of(
                "i", "you", "she", "he", "we", "my", "her", "his", "our", "me", "him", "us", "was", "were", "been",
                "has", "have", "had", "do", "does", "did", "so", "too", "very", "just", "can", "could", "would",
                "should", "what", "when", "how", "why", "who", "which", "from", "about", "because", "also", "all",
                "any", "some", "up", "out", "am", "its", "it's", "i'm", "im", "don't", "didn't", "doesn't", "really",
                "still", "now", "get", "got"));
        return CharArraySet.unmodifiableSet(set);
    }

    /** Synonym rules are analysed like text (lower case, stemmed, not split) so that they meet the stemmed tokens. */
    private static SynonymMap parseSynonyms(String rules) {
        var ruleAnalyzer = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                var tokenizer = new StandardTokenizer();
                return new TokenStreamComponents(
                        tokenizer,
                        new ScandinavianFoldingFilter(
                                new NorwegianMinimalStemFilter(new LowerCaseFilter(tokenizer), STEM_FLAGS)));
            }
        };
        try {
            var parser = new SolrSynonymParser(true, false, ruleAnalyzer);
            parser.parse(new StringReader(rules));
            return parser.build();
        } catch (ParseException e) {
            throw new ContentPackException("synonyms.txt, line " + e.getErrorOffset() + ": " + e.getMessage(), e);
        } catch (IOException | IllegalArgumentException e) {
            throw new ContentPackException("synonyms.txt: " + e.getMessage(), e);
        }
    }
}
