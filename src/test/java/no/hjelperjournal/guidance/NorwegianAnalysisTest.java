package no.hjelperjournal.guidance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The analysis chain meets compounds, inflections, everyday words and English with the pack's own words. */
class NorwegianAnalysisTest {

    private static final ContentPack PACK = ContentPack.bundled();
    private static final NorwegianAnalysis ANALYSIS = new NorwegianAnalysis(PACK.compoundParts(), PACK.synonyms());

    private static List<String> terms(String text) {
        return NorwegianAnalysis.tokens(ANALYSIS.analyzer(), text).stream()
                .map(NorwegianAnalysis.Token::term)
                .toList();
    }

    private static List<String> noteTerms(String text) {
        return NorwegianAnalysis.tokens(ANALYSIS.noteAnalyzer(), text).stream()
                .map(NorwegianAnalysis.Token::term)
                .toList();
    }

    /** The single term a word becomes on its own. */
    private static String term(String word) {
        var t = terms(word);
        assertThat(t).as(word).isNotEmpty();
        return t.getFirst();
    }

    @Test
    void compoundsAreSplitIntoTheirParts() {
        assertThat(terms("ammesorg")).contains(term("amme"), term("sorg"));
        assertThat(terms("melkeutdrivningsrefleksen")).contains(term("melk"), term("utdrivning"), term("refleks"));
        assertThat(terms("brystbetennelse")).contains(term("bryst"), term("betennelse"));
        // The whole word stays, so an exact match still counts most.
        assertThat(terms("ammesorg")).contains("ammesorg");
    }

    @Test
    void inflectedFormsMeet() {
        assertThat(term("brystene")).isEqualTo(term("bryst"));
        assertThat(term("pumpene")).isEqualTo(term("pumpe"));
        assertThat(term("bleiene")).isEqualTo(term("bleie"));
    }

    @Test
    void lettersTypedWithoutAeOeAaStillMeet() {
        assertThat(term("fodsel")).isEqualTo(term("fødsel"));
        assertThat(term("ramelk")).isEqualTo(term("råmelk"));
    }

    @Test
    void domainSynonymsMapEverydayWordsToThePacksWords() {
        assertThat(terms("mastitt")).contains(term("brystbetennelse"));
        assertThat(terms("MME")).contains(term("morsmelkerstatning"));
        assertThat(terms("let-down")).contains(term("utdrivning"));
        assertThat(terms("pupp")).contains(term("bryst"));
        assertThat(terms("puppene")).contains(term("bryst"));
        assertThat(terms("bb")).contains(term("baby"));
        assertThat(terms("Afipran")).contains(term("metoklopramid"));
    }

    @Test
    void commonVerbsAreNotReadAsDomainWords() {
        // "får" folds to "far"; father must not be a synonym, or every "hun får …" reads as the partner calling.
        assertThat(terms("hun får betennelse")).doesNotContain(term("partner"));
        assertThat(terms("far")).doesNotContain(term("partner"));
    }

    @Test
    void nynorskAndEnglishPossessivesMeetThePacksWords() {
        assertThat(term("mjølk")).isEqualTo(term("melk"));
        assertThat(term("sjukehuset")).isEqualTo(term("sykehus"));
        assertThat(term("pumpar")).isEqualTo(term("pumpe"));
        assertThat(terms("baby's bottle")).containsExactly(term("baby"), term("flaske"));
    }

    @Test
    void englishWordsMeetTheNorwegianOnes() {
        assertThat(terms("mastitis")).contains(term("brystbetennelse"));
        assertThat(terms("formula")).contains(term("morsmelkerstatning"));
        assertThat(terms("pumping")).contains(term("pumpe"));
        assertThat(terms("her milk lets down")).contains(term("utdrivning"));
        assertThat(terms("grief")).contains(term("sorg"));
    }

    @Test
    void whatANoteNegatesIsLeftOut() {
        assertThat(noteTerms("ingen feber, men vondt"))
                .doesNotContain(term("feber"))
                .contains(term("vondt"));
        assertThat(noteTerms("no fever")).doesNotContain(term("feber"));
        // The pack's own text keeps its negations: "D-MER er ikke fødselsdepresjon" is about depression.
        assertThat(terms("er ikke fødselsdepresjon")).contains(term("fødselsdepresjon"));
    }
}
