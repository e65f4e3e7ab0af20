package no.hjelperjournal.guidance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * A red-flag pattern: words separated by spaces, matched against a {@link FlagText} within one sentence.
 *
 * <ul>
 *   <li>{@code feber} a word; {@code bryst*} a word that starts so; {@code *feber} one that ends so;
 *   <li>{@code (hun|ho|she)} one of these; {@code <baby>} any pattern of the named word class;
 *   <li>{@code ..} up to three other tokens between; {@code ...} up to six; {@code ....} up to ten;
 *   <li>{@code {38-43.5}} a number in the range; {@code {38.0-42.9:d}} one written with decimals ("38,2").
 * </ul>
 *
 * A word with æ, ø or å also meets the same word typed without them ("rod" meets "rød"), never the other way round.
 */
final class FlagPattern {

    /** A match: where it ends, and which tokens a gap stepped over (a negation there negates the match). */
    record Hit(int start, int end, List<Integer> gaps) {}

    private sealed interface Element permits Word, Number, AnyOf, Ref, Gap {}

    private enum Mode {
        EXACT,
        PREFIX,
        SUFFIX
    }

    /**
     * @param foldable whether the word typed without æ, ø, å still counts: not where the folded form is another
     *     common word (øm is om, før is for)
     */
    private record Word(String text, String folded, Mode mode, boolean foldable) implements Element {
        boolean matches(FlagText.Token token) {
            return test(token.text(), text) || (foldable && !token.nordic() && test(token.folded(), folded));
        }

        private boolean test(String tokenText, String wanted) {
            return switch (mode) {
                case EXACT -> tokenText.equals(wanted);
                case PREFIX -> tokenText.startsWith(wanted);
                case SUFFIX -> tokenText.endsWith(wanted) && tokenText.length() > wanted.length();
            };
        }
    }

    /** @param decimal whether only a number written with decimals counts ("38,2" is a temperature, "38" may be a week) */
    private record Number(double min, double max, boolean decimal) implements Element {}

    /** One of several sequences; a {@code ?} group is one of itself or nothing. */
    private record AnyOf(List<FlagPattern> alternatives) implements Element {}

    private static final FlagPattern EMPTY = new FlagPattern("", List.of());

    /** A word class, resolved once every class is known. */
    private static final class Ref implements Element {
        final String name;
        List<FlagPattern> alternatives;

        Ref(String name) {
            this.name = name;
        }
    }

    private record Gap(int max) implements Element {}

    /** Words that, typed without æ, ø, å, are other common words: øm is om, før is for, så is sa, bør is bor. */
    private static final java.util.Set<String> COMMON_FOLDED = java.util.Set.of(
            "om", "for", "sa", "ga", "bor", "far", "var", "har", "ma", "tor", "mote", "lope", "ar", "bade");

    /** Words ending in e whose r- or a-form is another word that matters here (lille: lilla is a colour). */
    private static final java.util.Set<String> FIXED_FORMS = java.util.Set.of("lille", "vesle", "bare", "berre");

    private static final Pattern NUMBER_RANGE = Pattern.compile("\\{(\\d+(?:\\.\\d+)?)-(\\d+(?:\\.\\d+)?)(:d)?}");

    private final String source;
    private final List<Element> elements;

    private FlagPattern(String source, List<Element> elements) {
        this.source = source;
        this.elements = elements;
    }

    @Override
    public String toString() {
        return source;
    }

    /** Compiles patterns that may refer to word classes; every class is resolved, and an unknown one is named. */
    static final class Compiler {
        private final Map<String, List<String>> classSources;
        private final Map<String, List<FlagPattern>> classes = new HashMap<>();
        private final List<Ref> unresolved = new ArrayList<>();
        private final String file;

        Compiler(String file, Map<String, List<String>> classSources) {
            this.file = file;
            this.classSources = classSources;
        }

        FlagPattern compile(String text, String where) {
            var parser = new Parser(FlagText.spelledOut(text.strip().toLowerCase(Locale.ROOT)), text, where);
            var elements = parser.sequence();
            if (parser.at < parser.input.length()) {
                throw parser.error("an unmatched ')' or '|'");
            }
            if (elements.isEmpty() || elements.getFirst() instanceof Gap || elements.getLast() instanceof Gap) {
                throw ContentPackException.at(file, where, "pattern", "'" + text + "' must start and end with a word");
            }
            resolve();
            return new FlagPattern(text.strip(), List.copyOf(elements));
        }

        /** pattern := item*; item := atom '?'?; atom := '(' pattern ('|' pattern)* ')' | <class> | .. | {a-b} | word. */
        private final class Parser {
            final String input;
            final String text;
            final String where;
            int at;

            Parser(String input, String text, String where) {
                this.input = input;
                this.text = text;
                this.where = where;
            }

            ContentPackException error(String what) {
                return ContentPackException.at(file, where, "pattern", "'" + text + "': " + what);
            }

            List<Element> sequence() {
                var elements = new ArrayList<Element>();
                while (true) {
                    while (at < input.length() && Character.isWhitespace(input.charAt(at))) {
                        at++;
                    }
                    if (at >= input.length() || input.charAt(at) == ')' || input.charAt(at) == '|') {
                        return elements;
                    }
                    var atom = atom();
                    if (at < input.length() && input.charAt(at) == '?') {
                        at++;
                        atom = new AnyOf(List.of(new FlagPattern("?", List.of(atom)), EMPTY));
                    }
                    elements.add(atom);
                }
            }

            private Element atom() {
                var c = input.charAt(at);
                if (c == '(') {
                    at++;
                    var alternatives = new ArrayList<FlagPattern>();
                    while (true) {
                        var seq = sequence();
                        alternatives.add(new FlagPattern(text, List.copyOf(seq)));
                        if (at >= input.length()) {
                            throw error("a '(' is not closed");
                        }
                        if (input.charAt(at++) == ')') {
                            break;
                        }
                    }
                    return new AnyOf(List.copyOf(alternatives));
                }
                var start = at;
                while (at < input.length()
                        && !Character.isWhitespace(input.charAt(at))
                        && "()|?".indexOf(input.charAt(at)) < 0) {
                    at++;
                }
                var part = input.substring(start, at);
                if (part.isEmpty()) {
                    throw error("a stray '" + c + "'");
                }
                return element(part);
            }

            private Element element(String part) {
                if (part.equals("..")) {
                    return new Gap(3);
                }
                if (part.equals("...")) {
                    return new Gap(6);
                }
                if (part.equals("....")) {
                    return new Gap(10);
                }
                var range = NUMBER_RANGE.matcher(part);
                if (range.matches()) {
                    return new Number(
                            Double.parseDouble(range.group(1)),
                            Double.parseDouble(range.group(2)),
                            range.group(3) != null);
                }
                if (part.startsWith("<") && part.endsWith(">")) {
                    var name = part.substring(1, part.length() - 1);
                    if (!classSources.containsKey(name)) {
                        throw error("names no class <" + name + ">");
                    }
                    var ref = new Ref(name);
                    unresolved.add(ref);
                    return ref;
                }
                // The note's tokens split at hyphens and dots ("qt-tid" is qt, tid), so a pattern's words do too.
                var pieces = part.split("[-.](?=[\\p{L}\\d*])");
                if (pieces.length > 1) {
                    var words = new ArrayList<Element>();
                    for (var piece : pieces) {
                        words.add(word(piece));
                    }
                    return new AnyOf(List.of(new FlagPattern(part, List.copyOf(words))));
                }
                return forms(word(part));
            }

            /**
             * A word written as an infinitive also meets its present tense and the Nynorsk or dialect a-form
             * (kjøre: kjører, kjøra; skade: skader, skada): volunteers write every form, and a list that spells them
             * all out misses one sooner or later.
             */
            private Element forms(Word word) {
                var w = word.text();
                if (word.mode() != Mode.EXACT
                        || w.length() < 4
                        || !w.endsWith("e")
                        || !w.chars().allMatch(Character::isLetter)
                        || FIXED_FORMS.contains(w)) {
                    return word;
                }
                var stem = w.substring(0, w.length() - 1);
                return new AnyOf(List.of(
                        new FlagPattern(w, List.of(word)),
                        new FlagPattern(w, List.of(word(w + "r"))),
                        new FlagPattern(w, List.of(word(stem + "a")))));
            }

            private Word word(String part) {
                var mode = part.endsWith("*") ? Mode.PREFIX : part.startsWith("*") ? Mode.SUFFIX : Mode.EXACT;
                var bare = part.replace("*", "");
                if (bare.isEmpty()
                        || bare.contains("<")
                        || bare.contains(">")
                        || bare.contains("{")
                        || bare.contains("\\")) {
                    throw error("a malformed word '" + part + "'");
                }
                var folded = FlagText.fold(bare);
                return new Word(bare, folded, mode, !folded.equals(bare) && !COMMON_FOLDED.contains(folded));
            }
        }

        /** Resolves class references as far as the classes are known; a class may use other classes. */
        private void resolve() {
            while (!unresolved.isEmpty()) {
                var ref = unresolved.removeLast();
                ref.alternatives = classPatterns(ref.name);
            }
        }

        private List<FlagPattern> classPatterns(String name) {
            var known = classes.get(name);
            if (known != null) {
                return known;
            }
            // Put the list in first, so that a class that names itself ends here rather than looping.
            var patterns = new ArrayList<FlagPattern>();
            classes.put(name, patterns);
            for (var alternative : classSources.get(name)) {
                patterns.add(compile(alternative, "<" + name + ">"));
            }
            return patterns;
        }
    }

    /** Every match in the text, each start and end. */
    List<Hit> find(FlagText text) {
        var hits = new ArrayList<Hit>();
        for (int start = 0; start < text.size(); start++) {
            findAt(text, start, hits);
        }
        return hits;
    }

    /** The matches that start at token {@code start}. */
    void findAt(FlagText text, int start, List<Hit> hits) {
        match(
                text,
                0,
                start,
                text.get(start).sentence(),
                List.of(),
                end -> hits.add(new Hit(start, end.end, end.gaps)));
    }

    /**
     * The words a match can start with, so that an index tries a pattern only where it may match: exact words,
     * prefixes and suffixes (as written, and folded where typing without æ, ø, å counts), numbers; {@code any} when
     * a pattern may start with anything.
     */
    static final class Starts {
        final Set<String> exact = new HashSet<>();
        final Set<String> folded = new HashSet<>();
        final Set<String> prefixes = new HashSet<>();
        final Set<String> foldedPrefixes = new HashSet<>();
        final Set<String> suffixes = new HashSet<>();
        final Set<String> foldedSuffixes = new HashSet<>();
        boolean number;
        boolean any;
    }

    Starts starts() {
        var starts = new Starts();
        collect(0, starts, new HashSet<>());
        return starts;
    }

    /** The start words as arrays, for the quick test in {@link #mayStart}. */
    private record Quick(
            Set<String> exact,
            Set<String> folded,
            String[] prefixes,
            String[] suffixes,
            String[] foldedPrefixes,
            String[] foldedSuffixes,
            boolean number,
            boolean any) {}

    private volatile Quick quick;

    private Quick quick() {
        var q = quick;
        if (q == null) {
            var s = starts();
            q = new Quick(
                    Set.copyOf(s.exact),
                    Set.copyOf(s.folded),
                    s.prefixes.toArray(String[]::new),
                    s.suffixes.toArray(String[]::new),
                    s.foldedPrefixes.toArray(String[]::new),
                    s.foldedSuffixes.toArray(String[]::new),
                    s.number,
                    s.any);
            quick = q;
        }
        return q;
    }

    /** Whether a match may start at this token (a cheap test before trying the alternatives of a class). */
    boolean mayStart(FlagText.Token token) {
        var q = quick();
        if (q.any()
                || (q.number() && token.kind() == FlagText.Kind.NUMBER)
                || q.exact().contains(token.text())
                || (!token.nordic() && q.folded().contains(token.folded()))) {
            return true;
        }
        return affixed(token.text(), q.prefixes(), q.suffixes())
                || (!token.nordic() && affixed(token.folded(), q.foldedPrefixes(), q.foldedSuffixes()));
    }

    private static boolean affixed(String word, String[] prefixes, String[] suffixes) {
        for (var prefix : prefixes) {
            if (word.startsWith(prefix)) {
                return true;
            }
        }
        for (var suffix : suffixes) {
            if (word.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The alternatives of a class or group, found by their first word: most start with a plain word, so one look-up
     * finds the few worth trying at a token.
     */
    private static final class Choice {
        final Map<String, List<FlagPattern>> byWord = new HashMap<>();
        final Map<String, List<FlagPattern>> byFolded = new HashMap<>();
        final List<FlagPattern> others = new ArrayList<>();
        final List<FlagPattern> empty = new ArrayList<>();

        Choice(List<FlagPattern> alternatives) {
            for (var alternative : alternatives) {
                if (alternative.elements.isEmpty()) {
                    empty.add(alternative);
                    continue;
                }
                var q = alternative.quick();
                if (q.any() || q.number() || q.prefixes().length > 0 || q.suffixes().length > 0) {
                    others.add(alternative);
                    continue;
                }
                q.exact().forEach(w -> byWord.computeIfAbsent(w, _ -> new ArrayList<>())
                        .add(alternative));
                q.folded().forEach(w -> byFolded.computeIfAbsent(w, _ -> new ArrayList<>())
                        .add(alternative));
            }
        }

        /** The alternatives that may start at this token (null: at the end of the text), each once. */
        List<FlagPattern> at(FlagText.Token token) {
            if (token == null) {
                return empty;
            }
            var result = new ArrayList<FlagPattern>(empty);
            var words = byWord.get(token.text());
            if (words != null) {
                result.addAll(words);
            }
            if (!token.nordic()) {
                var folded = byFolded.get(token.folded());
                if (folded != null) {
                    for (var f : folded) {
                        if (!result.contains(f)) {
                            result.add(f);
                        }
                    }
                }
            }
            for (var other : others) {
                if (other.mayStart(token)) {
                    result.add(other);
                }
            }
            return result;
        }
    }

    private final Map<Element, Choice> choices = new java.util.concurrent.ConcurrentHashMap<>();

    /** The start words of the elements from {@code index}, through optional groups and classes. */
    private void collect(int index, Starts into, Set<FlagPattern> seen) {
        if (index >= elements.size()) {
            into.any = true; // all optional: may start anywhere
            return;
        }
        switch (elements.get(index)) {
            case Word word -> {
                var asTyped =
                        switch (word.mode()) {
                            case EXACT -> into.exact;
                            case PREFIX -> into.prefixes;
                            case SUFFIX -> into.suffixes;
                        };
                asTyped.add(word.text());
                if (word.foldable()) {
                    var folded =
                            switch (word.mode()) {
                                case EXACT -> into.folded;
                                case PREFIX -> into.foldedPrefixes;
                                case SUFFIX -> into.foldedSuffixes;
                            };
                    folded.add(word.folded());
                }
            }
            case Number _ -> into.number = true;
            case Gap _ -> into.any = true;
            case AnyOf any -> nested(any.alternatives(), index, into, seen);
            case Ref ref -> nested(ref.alternatives, index, into, seen);
        }
    }

    private void nested(List<FlagPattern> alternatives, int index, Starts into, Set<FlagPattern> seen) {
        for (var alternative : alternatives) {
            if (alternative.elements.isEmpty()) {
                collect(index + 1, into, seen);
            } else if (seen.add(alternative)) {
                alternative.collect(0, into, seen);
            }
        }
    }

    private record End(int end, List<Integer> gaps) {}

    /** Matches elements from {@code index} at token {@code at}; calls {@code found} with each end reached. */
    private void match(FlagText text, int index, int at, int sentence, List<Integer> gaps, Consumer<End> found) {
        if (index == elements.size()) {
            found.accept(new End(at, gaps));
            return;
        }
        var element = elements.get(index);
        if (element instanceof Gap gap) {
            var skipped = new ArrayList<>(gaps);
            for (int n = 0; n <= gap.max(); n++) {
                if (n > 0) {
                    if (at + n - 1 >= text.size() || text.get(at + n - 1).sentence() != sentence) {
                        return;
                    }
                    skipped.add(at + n - 1);
                }
                match(text, index + 1, at + n, sentence, List.copyOf(skipped), found);
            }
            return;
        }
        if (element instanceof AnyOf || element instanceof Ref) {
            matchNested(text, element, index, at, sentence, gaps, found);
            return;
        }
        if (at >= text.size() || text.get(at).sentence() != sentence) {
            return;
        }
        var token = text.get(at);
        switch (element) {
            case Word word -> {
                if (word.matches(token)) {
                    match(text, index + 1, at + 1, sentence, gaps, found);
                }
            }
            case AnyOf any -> {
                for (var alternative : any.alternatives()) {
                    alternative.match(
                            text,
                            0,
                            at,
                            sentence,
                            gaps,
                            end -> match(text, index + 1, end.end, sentence, end.gaps, found));
                }
            }
            case Number number -> {
                if (token.kind() == FlagText.Kind.NUMBER
                        && token.value() >= number.min()
                        && token.value() <= number.max()
                        && (!number.decimal()
                                || token.text().contains(",")
                                || token.text().contains("."))) {
                    match(text, index + 1, at + 1, sentence, gaps, found);
                }
            }
            default -> throw new IllegalStateException("handled above");
        }
    }

    private void matchNested(
            FlagText text, Element element, int index, int at, int sentence, List<Integer> gaps, Consumer<End> found) {
        var choice = choices.computeIfAbsent(
                element, e -> new Choice(e instanceof Ref ref ? ref.alternatives : ((AnyOf) e).alternatives()));
        var token = at < text.size() && text.get(at).sentence() == sentence ? text.get(at) : null;
        for (var alternative : choice.at(token)) {
            alternative.match(
                    text, 0, at, sentence, gaps, end -> match(text, index + 1, end.end, sentence, end.gaps, found));
        }
    }
}
