package no.hjelperjournal.guidance;

import java.io.IOException;
import java.util.Set;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Drops the words a note negates ("ingen sår på vortene", "uten feber", "no fever"), so the matcher does not look for
 * guidance about what the caller does not have. Used on notes only: the pack's own negations ("D-MER er ikke
 * fødselsdepresjon") are what the snippet is about. The negation words themselves go too.
 */
final class NegationFilter extends TokenFilter {

    static final Set<String> NEGATIONS =
            Set.of("ikke", "ingen", "uten", "aldri", "ikkje", "not", "no", "without", "never");

    /** How many words after a negation it covers: "ingen særlig feber", "no fever". */
    private static final int REACH = 2;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private int covered;

    NegationFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        var skipped = 0;
        while (input.incrementToken()) {
            if (NEGATIONS.contains(term.toString())) {
                covered = REACH;
                skipped += increment.getPositionIncrement();
                continue;
            }
            if (covered > 0) {
                covered--;
                skipped += increment.getPositionIncrement();
                continue;
            }
            increment.setPositionIncrement(increment.getPositionIncrement() + skipped);
            return true;
        }
        return false;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        covered = 0;
    }
}
