package no.hjelperjournal.guidance;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A note cut into the tokens the red-flag patterns read: lower-case words (with a folded form for notes typed without
 * æ, ø and å), numbers with their value (38,5 and 38.5 alike), the signs ° and %, and commas and colons; each token
 * knows its sentence and clause. English contractions are spelled out ("can't" → can not) so that negations are
 * words.
 */
final class FlagText {

    enum Kind {
        WORD,
        NUMBER,
        SIGN,
        /** A comma, colon or dash: ends a clause, not a sentence. */
        BREAK
    }

    /**
     * @param folded the word with æ ø å ä ö é folded (used only when the note's own word has none of them)
     * @param nordic whether the word as typed has æ, ø or å
     */
    record Token(String text, String folded, boolean nordic, Kind kind, double value, int sentence, int clause) {}

    private static final Pattern PIECE =
            Pattern.compile("[+&]|" + "\\d+(?:[.,]\\d+)?|[\\p{L}\\p{M}]+|[°%]|[,:–—]| - |[.!?;…]+|\\n");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?;…]+|\\n");

    private static final java.util.Set<String> ABBREVIATIONS = java.util.Set.of(
            "kl", "ca", "evt", "bl", "f", "eks", "mnd", "d", "nr", "dr", "osv", "pga", "ift", "mht", "vs", "e", "a",
            "ev", "dvs", "jf", "tlf", "el", "iflg", "ifht", "bla", "pr", "hø", "ve", "v", "h", "min", "t", "st", "mr",
            "mrs", "ms", "approx", "etc");

    private static final java.util.Set<String> CLAUSE_WORDS =
            java.util.Set.of("men", "but", "however", "likevel", "mens", "while", "whereas", "although");
    private static final java.util.Set<String> NOW = java.util.Set.of("nå", "no", "now", "idag");
    private static final java.util.Set<String> AND = java.util.Set.of("og", "and", "å");

    private final List<Token> tokens;
    /** Sentences that end with a question mark. */
    private final java.util.Set<Integer> questions;

    private FlagText(List<Token> tokens, java.util.Set<Integer> questions) {
        this.tokens = List.copyOf(tokens);
        this.questions = java.util.Set.copyOf(questions);
    }

    boolean isQuestion(int sentence) {
        return questions.contains(sentence);
    }

    List<Token> tokens() {
        return tokens;
    }

    int size() {
        return tokens.size();
    }

    Token get(int i) {
        return tokens.get(i);
    }

    static FlagText of(String text) {
        var prepared = contractions(Normalizer.normalize(text, Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT)
                .replace('’', '\'')
                .replace('`', '\''));
        var tokens = new ArrayList<Token>();
        var questions = new java.util.HashSet<Integer>();
        var sentence = 0;
        var clause = 0;
        var matcher = PIECE.matcher(prepared);
        while (matcher.find()) {
            var piece = matcher.group();
            if (SENTENCE_END.matcher(piece).matches()) {
                // "38.5" never gets here: numbers are matched first. "kl." and "ca." do not end a sentence.
                var abbreviation = piece.equals(".")
                        && !tokens.isEmpty()
                        && matcher.start() > 0
                        && Character.isLetter(prepared.charAt(matcher.start() - 1))
                        && ABBREVIATIONS.contains(tokens.getLast().text());
                if (!abbreviation && !tokens.isEmpty() && tokens.getLast().sentence() == sentence) {
                    if (piece.contains("?")) {
                        questions.add(sentence);
                    }
                    sentence++;
                    clause++;
                }
                continue;
            }
            var first = piece.charAt(0);
            if (Character.isDigit(first)) {
                var value = Double.parseDouble(piece.replace(',', '.'));
                tokens.add(new Token(piece, piece, false, Kind.NUMBER, value, sentence, clause));
            } else if (piece.equals("°") || piece.equals("%")) {
                tokens.add(new Token(piece, piece, false, Kind.SIGN, 0, sentence, clause));
            } else if (piece.isBlank() || ",:–—".contains(piece.strip())) {
                tokens.add(new Token(piece.strip(), piece.strip(), false, Kind.BREAK, 0, sentence, clause));
                clause++;
            } else if (piece.equals("+") || piece.equals("&") || piece.equals("o")) {
                // "feber + rødt bryst", "rød o varm": typed for "og".
                tokens.add(new Token("og", "og", false, Kind.WORD, 0, sentence, clause));
            } else {
                // "men" and "but" turn to something else, and so does "og nå": a new clause.
                if (CLAUSE_WORDS.contains(piece)
                        || (NOW.contains(piece)
                                && !tokens.isEmpty()
                                && AND.contains(tokens.getLast().text()))) {
                    clause++;
                }
                tokens.add(new Token(piece, typedFold(piece), hasNordic(piece), Kind.WORD, 0, sentence, clause));
            }
        }
        return new FlagText(tokens, questions);
    }

    /** A pattern's text with its contractions spelled out as a note's are. */
    static String spelledOut(String text) {
        return contractions(text.replace('’', '\''));
    }

    /** "can't" → "can not", "won't" → "will not", "she's" → "she": the words the patterns are written in. */
    private static String contractions(String text) {
        var result = text;
        for (var c : CONTRACTIONS) {
            result = c.pattern().matcher(result).replaceAll(c.replacement());
        }
        return result;
    }

    private record Contraction(Pattern pattern, String replacement) {}

    private static final List<Contraction> CONTRACTIONS = List.of(
            new Contraction(Pattern.compile("\\bcan't\\b|\\bcannot\\b"), "can not"),
            new Contraction(Pattern.compile("\\bwon't\\b"), "will not"),
            new Contraction(Pattern.compile("\\bain't\\b"), "is not"),
            new Contraction(Pattern.compile("n't\\b"), " not"),
            new Contraction(Pattern.compile("'m\\b"), " am"),
            new Contraction(Pattern.compile("'re\\b"), " are"),
            new Contraction(Pattern.compile("'ve\\b"), " have"),
            new Contraction(Pattern.compile("'ll\\b"), " will"),
            new Contraction(Pattern.compile("'d\\b"), " would"),
            new Contraction(Pattern.compile("'s\\b"), ""));

    static String fold(String word) {
        var b = new StringBuilder(word.length());
        for (var c : word.toCharArray()) {
            b.append(
                    switch (c) {
                        case 'æ', 'ä', 'å', 'á', 'à' -> 'a';
                        case 'ø', 'ö', 'ó', 'ò' -> 'o';
                        case 'é', 'è', 'ê' -> 'e';
                        case 'ü' -> 'u';
                        default -> c;
                    });
        }
        return b.toString();
    }

    /** A word typed without æ, ø, å, the way they are often typed instead: "blaa" is blå, "baesj" is bæsj. */
    static String typedFold(String word) {
        return fold(word).replace("aa", "a").replace("ae", "a").replace("oe", "o");
    }

    static boolean hasNordic(String word) {
        for (var c : word.toCharArray()) {
            if (c == 'æ' || c == 'ø' || c == 'å') {
                return true;
            }
        }
        return false;
    }
}
