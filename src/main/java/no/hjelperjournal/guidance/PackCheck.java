package no.hjelperjournal.guidance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The editor's checks of a pack against its source texts, beyond what loading validates: our own words (no long
 * runs, no close paraphrase of a source sentence), medicine guidance that leaves dosing to the doctor, the caveat on
 * the cards that need one, and replies that speak to the parent. Used by the {@code check-pack} command and the pack's
 * tests; the load-time validation in {@link PackReader} stays structural.
 */
public final class PackCheck {

    /** One problem: which snippet and field, which rule, and the words that broke it. */
    public record Finding(String snippet, String field, String rule, String detail) {
        @Override
        public String toString() {
            return snippet + ", " + field + ": " + rule + ": " + detail;
        }
    }

    /** Runs this long shared with a source are copying, unless they carry a number (doses carry over exactly). */
    static final int RUN = 6;
    /** A sentence with this share of its word trigrams in the sources is a source sentence lightly reworded. */
    static final double TRIGRAM_SHARE = 0.45;

    static final int TRIGRAM_MIN_WORDS = 6;
    /**
     * A sentence whose words overlap one source sentence this much (Dice over the words, order ignored) is that
     * sentence with a few words swapped or moved.
     */
    static final double SENTENCE_LIKENESS = 0.65;

    static final int LIKENESS_MIN_WORDS = 8;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?:;»])\\s+|\\n+");
    private static final Pattern MEDICINE =
            Pattern.compile("(?iu)\\b(metoklopramid|afipran|domperidon\\w*|motilium)\\b");
    private static final Pattern DOSE = Pattern.compile("(?iu)\\d+\\s?mg\\b");
    /** The text says the doctor decides the dose: a volunteer never doses. */
    private static final Pattern DOCTOR_DECIDES =
            Pattern.compile("(?iu)\\blege\\w*\\b[^.]{0,60}\\b(bestemmer|avgjør|avgjøre|bestemme|vurderer|vurdere)\\b");
    /** Wordings that hand the volunteer or the mother a dose to act on. */
    private static final Pattern DOSING_INVITATION = Pattern.compile("(?iu)\\b(kan gjengi\\w*|"
            + "eventuelt kan (mor|hun|du)|"
            + "(mor|hun) kan (ta|bruke|øke|trappe)|"
            + "(kan|bør|skal) (mor|hun|du) (ta|bruke)|"
            + "(ta|bruk|øk) \\d+\\s?mg|"
            + "bekreft\\w* (at|overfor))\\b");

    private static final Pattern SECOND_PERSON = Pattern.compile("(?iu)\\b(du|deg|din|ditt|dine|dere|deres)\\b");
    /** The volunteer's word for the caller; a reply speaks to her instead. */
    private static final Pattern THIRD_PERSON_MOTHER = Pattern.compile("(?iu)\\b(moren|mora|mor)\\b(?!\\s+og\\s+barn)");

    private static final Pattern HEALTH_PERSONNEL = Pattern.compile(
            "(?iu)\\b(lege\\w*|fastleg\\w*|legevakt\\w*|helsesykepleier\\w*|helsestasjon\\w*|jordmor\\w*|"
                    + "helsepersonell\\w*|ammekyndig\\w*|113|116 117)\\b");
    /** Titles that present something with a known limit; the card must carry that limit itself. */
    private static final Pattern NEEDS_CAVEAT =
            Pattern.compile("(?iu)(afipran|metoklopramid|domperidon|motilium|" + "powerpump\\w*)");

    private final List<String> seedWords;
    private final Set<String> seedRuns = new HashSet<>();
    private final Set<String> seedTrigrams = new HashSet<>();
    private final List<List<String>> seedSentences = new ArrayList<>();

    private PackCheck(List<String> seedTexts) {
        var all = new ArrayList<String>();
        for (var text : seedTexts) {
            var w = words(text);
            all.addAll(w);
            for (int i = 0; i + RUN <= w.size(); i++) {
                seedRuns.add(String.join(" ", w.subList(i, i + RUN)));
            }
            for (int i = 0; i + 3 <= w.size(); i++) {
                seedTrigrams.add(String.join(" ", w.subList(i, i + 3)));
            }
            for (var sentence : SENTENCE_END.split(text)) {
                var sw = words(sentence);
                if (sw.size() >= 4) {
                    seedSentences.add(sw);
                }
            }
        }
        this.seedWords = List.copyOf(all);
    }

    /** The checks against the source texts in {@code seeds} (the folder of the seed documents). */
    public static PackCheck withSeeds(Path seeds) {
        try (var files = Files.list(seeds)) {
            var texts = new ArrayList<String>();
            for (var file :
                    files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(file, StandardCharsets.UTF_8));
            }
            if (texts.isEmpty()) {
                throw new ContentPackException(seeds + ": no source texts (*.txt) in the folder");
            }
            return new PackCheck(texts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PackCheck withTexts(List<String> seedTexts) {
        return new PackCheck(seedTexts);
    }

    /** Every problem in the pack, in snippet order; empty for a pack an editor can sign off. */
    public List<Finding> check(ContentPack pack) {
        var findings = new ArrayList<Finding>();
        for (var s : pack.snippets()) {
            for (var field : fields(s).entrySet()) {
                findings.addAll(copying(s.id(), field.getKey(), field.getValue()));
            }
            findings.addAll(medicine(s));
            findings.addAll(reply(s));
            if (NEEDS_CAVEAT.matcher(s.title()).find() && s.caveat().isEmpty()) {
                findings.add(new Finding(
                        s.id(),
                        "caveat",
                        "caveat",
                        "the title presents something with a known limit; say it on the" + " card"));
            }
        }
        return findings;
    }

    private static Map<String, String> fields(Snippet s) {
        var fields = new java.util.LinkedHashMap<String, String>();
        fields.put("title", s.title());
        fields.put("body", s.body());
        s.refer().ifPresent(r -> fields.put("refer", r));
        s.caveat().ifPresent(c -> fields.put("caveat", c));
        s.reply().ifPresent(r -> fields.put("reply", r));
        return fields;
    }

    /** Copying, three ways: a shared run of words, a sentence made of source trigrams, a reworded source sentence. */
    List<Finding> copying(String id, String field, String text) {
        var findings = new ArrayList<Finding>();
        var w = words(text);
        for (int i = 0; i + RUN <= w.size(); i++) {
            var run = String.join(" ", w.subList(i, i + RUN));
            if (seedRuns.contains(run) && run.chars().noneMatch(Character::isDigit)) {
                findings.add(new Finding(id, field, "copied run", "«" + run + "»"));
            }
        }
        for (var sentence : SENTENCE_END.split(text)) {
            var sw = words(sentence);
            if (sw.size() >= TRIGRAM_MIN_WORDS) {
                var shared = 0;
                for (int i = 0; i + 3 <= sw.size(); i++) {
                    if (seedTrigrams.contains(String.join(" ", sw.subList(i, i + 3)))) {
                        shared++;
                    }
                }
                var share = (double) shared / (sw.size() - 2);
                if (share >= TRIGRAM_SHARE) {
                    findings.add(new Finding(
                            id,
                            field,
                            "close paraphrase",
                            String.format(
                                    Locale.ROOT,
                                    "%.0f %% of the word triples in «%s» stand in a source",
                                    share * 100,
                                    sentence.strip())));
                    continue;
                }
            }
            if (sw.size() >= LIKENESS_MIN_WORDS) {
                var nearest = nearestSeedSentence(sw);
                if (nearest.isPresent() && nearest.get().likeness() >= SENTENCE_LIKENESS) {
                    findings.add(new Finding(
                            id,
                            field,
                            "reworded source sentence",
                            String.format(
                                    Locale.ROOT,
                                    "«%s» is %.0f %% the words of «%s»",
                                    sentence.strip(),
                                    nearest.get().likeness() * 100,
                                    String.join(" ", nearest.get().words()))));
                }
            }
        }
        return findings;
    }

    private record Nearest(List<String> words, double likeness) {}

    private Optional<Nearest> nearestSeedSentence(List<String> sentence) {
        var counts = counts(sentence);
        Nearest best = null;
        for (var seed : seedSentences) {
            var shared = 0;
            var seedCounts = counts(seed);
            for (var e : counts.entrySet()) {
                shared += Math.min(e.getValue(), seedCounts.getOrDefault(e.getKey(), 0));
            }
            var dice = 2.0 * shared / (sentence.size() + seed.size());
            if (best == null || dice > best.likeness()) {
                best = new Nearest(seed, dice);
            }
        }
        return Optional.ofNullable(best);
    }

    private static Map<String, Integer> counts(List<String> words) {
        var counts = new HashMap<String, Integer>();
        words.forEach(w -> counts.merge(w, 1, Integer::sum));
        return counts;
    }

    /** Medicine guidance says what the doctor decides; a volunteer never doses. */
    private static List<Finding> medicine(Snippet s) {
        var findings = new ArrayList<Finding>();
        var about = s.topics().contains("galactagogues")
                || MEDICINE.matcher(s.title() + " " + s.body()).find();
        if (!about) {
            return findings;
        }
        var all = s.title() + "\n" + s.body() + "\n" + s.refer().orElse("") + "\n"
                + s.reply().orElse("");
        if (!all.toLowerCase(Locale.ROOT).contains("lege")) {
            findings.add(new Finding(s.id(), "refer", "medicine", "medicine guidance must send her to the doctor"));
        }
        for (var field : fields(s).entrySet()) {
            var invitation = DOSING_INVITATION.matcher(field.getValue());
            while (invitation.find()) {
                findings.add(new Finding(
                        s.id(),
                        field.getKey(),
                        "medicine",
                        "«" + invitation.group() + "» hands over a dose or a"
                                + " decision; say what the doctor decides"));
            }
            if (DOSE.matcher(field.getValue()).find()
                    && !DOCTOR_DECIDES.matcher(field.getValue()).find()) {
                findings.add(new Finding(
                        s.id(), field.getKey(), "medicine", "a dose is given without saying that the doctor decides"));
            }
        }
        return findings;
    }

    private static List<Finding> reply(Snippet s) {
        var findings = new ArrayList<Finding>();
        if (s.reply().isEmpty()) {
            findings.add(new Finding(s.id(), "reply", "reply", "no reply to the parent"));
            return findings;
        }
        var reply = s.reply().get();
        if (!SECOND_PERSON.matcher(reply).find()) {
            findings.add(new Finding(s.id(), "reply", "reply", "speak to the parent (du)"));
        }
        var mother = THIRD_PERSON_MOTHER.matcher(reply);
        if (mother.find()) {
            findings.add(new Finding(s.id(), "reply", "reply", "«" + mother.group() + "»: speak to her, not of her"));
        }
        if (s.refer().isPresent() && !HEALTH_PERSONNEL.matcher(reply).find()) {
            findings.add(new Finding(s.id(), "reply", "reply", "the snippet refers on; so must the reply"));
        }
        return findings;
    }

    static List<String> words(String text) {
        var result = new ArrayList<String>();
        WORD.matcher(text.toLowerCase(Locale.ROOT)).results().forEach(m -> result.add(m.group()));
        return result;
    }

    int seedWordCount() {
        return seedWords.size();
    }
}
