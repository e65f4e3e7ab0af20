package no.hjelperjournal.journal;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;

/**
 * Synthetic contacts for trying the app and for benchmarks: plausible topic mixes, channels, ages and Norwegian note
 * text. Entirely made up; the same seed gives the same data.
 */
public final class DemoData {

    private static final Map<String, List<String>> SENTENCES = Map.ofEntries(
            Map.entry(
                    "dmer",
                    List.of(
                            "Kjenner en plutselig tristhet rett før melken renner til, går over etter et par minutter.",
                            "Beskriver en hul følelse i magen hver gang hun legger til brystet.",
                            "Lurer på om det er D-MER, føler uro og håpløshet i starten av hvert måltid.")),
            Map.entry(
                    "grief",
                    List.of(
                            "Sørger over at ammingen tok slutt før hun var klar.",
                            "Føler skam og skyld fordi babyen får morsmelkerstatning.",
                            "Blir trist og sint når hun ser andre som ammer uten problemer.")),
            Map.entry(
                    "oversupply",
                    List.of(
                            "Har svært mye melk, babyen sluker og hoster ved brystet.",
                            "Pumper over en liter om dagen og fryser ned, mye mer enn babyen trenger.",
                            "Bruker melkeoppsamler på den andre siden ved hvert måltid.")),
            Map.entry(
                    "low-supply",
                    List.of(
                            "Redd for at hun har for lite melk, babyen vil ligge ved brystet hele kvelden.",
                            "Helsestasjonen sier babyen går for sakte opp i vekt.",
                            "Vil øke produksjonen, har prøvd å amme oftere og bytte side.")),
            Map.entry(
                    "pumping",
                    List.of(
                            "Spør hvilken pumpe hun bør kjøpe før hun begynner i jobb.",
                            "Får lite ut når hun pumper, lurer på om pumpeskjoldet passer.",
                            "Vil vite hvor ofte hun bør pumpe og hvor lenge hver gang.")),
            Map.entry(
                    "lactogenesis",
                    List.of(
                            "Dag to etter fødselen, bare små dråper råmelk. Lurer på om det er nok.",
                            "Melken har ikke kommet inn ennå, dag fire. Få skitne bleier.",
                            "Spør om hud mot hud og hvor ofte hun skal amme de første dagene.")),
            Map.entry(
                    "galactagogues",
                    List.of(
                            "Lurer på om hun kan få medisin for å øke melkeproduksjonen.",
                            "Fastlegen har nevnt domperidon, hun er usikker på bivirkninger.",
                            "Har brukt metoklopramid i tre uker og vil vite hvordan hun trapper ned.")),
            Map.entry(
                    "mastitis",
                    List.of(
                            "Rødt og vondt område på venstre bryst, kjenner seg varm.",
                            "Tett melkegang som ikke har løsnet på to dager.",
                            "Hadde brystbetennelse for en måned siden og er redd det kommer tilbake.")),
            Map.entry(
                    "preterm-ill",
                    List.of(
                            "Babyen ble født i uke 33 og ligger på nyfødtintensiv.",
                            "Pumper for en syk baby på sykehuset, vil holde produksjonen oppe.",
                            "Spør om håndmelking av råmelk til en prematur baby.")),
            Map.entry(
                    "blood-in-milk",
                    List.of("Melken hun pumpet var rosa i dag morges.", "Ser blod i melken etter sår på brystvorten.")),
            Map.entry(
                    "postnatal-depression",
                    List.of(
                            "Er under behandling for fødselsdepresjon og lurer på om hun må slutte å amme.",
                            "Føler seg nedstemt det meste av dagen, ikke bare ved amming.")),
            Map.entry(
                    "weaning",
                    List.of(
                            "Vil slutte å amme når babyen er ett år, spør hvordan hun trapper ned.",
                            "Skal slutte å pumpe og vil unngå å bli overfylt.")),
            Map.entry(
                    "combination-feeding",
                    List.of(
                            "Gir både bryst og morsmelkerstatning, vil beholde ammingen.",
                            "Delammer og lurer på hvor mye MME babyen trenger.")),
            Map.entry(
                    "bottle-feeding",
                    List.of(
                            "Vil gi flaske på en måte som ligner amming, med blikkontakt og pauser.",
                            "Partneren skal gi flaske om natta og lurer på hvordan.")),
            Map.entry(
                    "sore-nipples",
                    List.of(
                            "Sår på begge brystvortene, gjør vondt å legge til.",
                            "Det gjør vondt å pumpe, lurer på om skjoldet er for lite.")),
            Map.entry(
                    "family-support",
                    List.of(
                            "Partneren ringer og vil vite hvordan han kan støtte henne.",
                            "Mormor lurer på hvordan hun kan hjelpe datteren sin.")),
            Map.entry(
                    "milk-donation",
                    List.of(
                            "Har fryseren full av melk og vil donere til melkebanken.",
                            "Spør hvem som kan gi melk til melkebank.")));

    /** Topic popularity: the common reasons for calling come up more often. */
    private static final List<Map.Entry<String, Integer>> WEIGHTS = List.of(
            Map.entry("low-supply", 18),
            Map.entry("pumping", 14),
            Map.entry("mastitis", 10),
            Map.entry("oversupply", 9),
            Map.entry("lactogenesis", 9),
            Map.entry("sore-nipples", 8),
            Map.entry("combination-feeding", 7),
            Map.entry("grief", 6),
            Map.entry("weaning", 6),
            Map.entry("dmer", 4),
            Map.entry("galactagogues", 4),
            Map.entry("preterm-ill", 4),
            Map.entry("bottle-feeding", 4),
            Map.entry("family-support", 3),
            Map.entry("postnatal-depression", 3),
            Map.entry("blood-in-milk", 2),
            Map.entry("milk-donation", 2));

    /** Topics that tend to come up together. */
    private static final Map<String, List<String>> COMPANIONS = Map.of(
            "oversupply", List.of("mastitis", "pumping"),
            "low-supply", List.of("pumping", "galactagogues", "combination-feeding"),
            "grief", List.of("combination-feeding", "weaning"),
            "preterm-ill", List.of("pumping", "lactogenesis"),
            "dmer", List.of("family-support", "postnatal-depression"),
            "sore-nipples", List.of("pumping"),
            "bottle-feeding", List.of("combination-feeding"));

    private static final List<String> OPENERS = List.of(
            "",
            "",
            "Ringte etter nattamming. ",
            "Sendte SMS på kvelden. ",
            "Andre gang hun tar kontakt. ",
            "Litt stresset i starten av samtalen. ");

    private static final List<String> CLOSERS = List.of(
            "",
            "",
            " Vi snakket om hva hun kan prøve de neste dagene.",
            " Hun vil ta kontakt igjen om en uke.",
            " Takket for samtalen og virket roligere.",
            " Anbefalte å ta det opp med helsestasjonen.");

    private static final List<String> CASE_PREFIXES =
            List.of("Mor", "Mor", "Mor", "Mor", "Partner", "Far", "Mormor", "Mor til tvillinger");

    private final Random random;

    public DemoData(long seed) {
        this.random = new Random(seed);
    }

    /** {@code n} contacts over the year before {@code now}, sorted by time, grouped into cases. */
    public List<ContactData> contacts(int n, LocalDateTime now) {
        var cases = new ArrayList<String>();
        var result = new ArrayList<ContactData>(n);
        var end = now.truncatedTo(ChronoUnit.MINUTES);
        for (int i = 0; i < n; i++) {
            String caseLabel;
            if (!cases.isEmpty() && random.nextInt(100) < 55) {
                caseLabel = cases.get(random.nextInt(cases.size()));
            } else {
                caseLabel = newCaseLabel(cases.size());
                cases.add(caseLabel);
            }
            var started = end.minusDays(random.nextInt(365))
                    .withHour(8 + random.nextInt(15))
                    .withMinute(random.nextInt(60));
            if (started.isAfter(end)) {
                started = end.minusHours(1 + random.nextInt(6));
            }
            var topics = pickTopics();
            var notes = new StringBuilder(OPENERS.get(random.nextInt(OPENERS.size())));
            for (var topic : topics) {
                var options = SENTENCES.get(topic);
                notes.append(options.get(random.nextInt(options.size()))).append(' ');
            }
            notes.append(CLOSERS.get(random.nextInt(CLOSERS.size())));
            var followUpDate = started.toLocalDate().plusDays(1 + random.nextInt(7));
            // Follow-ups from before today were done back then; only the coming ones are still open.
            var followUp = random.nextInt(100) < 15
                    ? Optional.of(new FollowUp(
                            followUpDate, "Ringe og høre hvordan det går", followUpDate.isBefore(end.toLocalDate())))
                    : Optional.<FollowUp>empty();
            var age = random.nextInt(100) < 85
                    ? OptionalInt.of(
                            Math.min(ContactData.MAX_BABY_AGE_WEEKS, (int) Math.abs(random.nextGaussian() * 12)))
                    : OptionalInt.empty();
            result.add(new ContactData(
                    Optional.of(caseLabel),
                    started,
                    Duration.ofSeconds(60 + random.nextInt(40 * 60)),
                    channel(),
                    caller(caseLabel),
                    age,
                    notes.toString().strip(),
                    topics,
                    followUp));
        }
        result.sort(Comparator.comparing(ContactData::startedAt));
        return result;
    }

    private String newCaseLabel(int index) {
        var prefix = CASE_PREFIXES.get(random.nextInt(CASE_PREFIXES.size()));
        var weeks = 1 + random.nextInt(40);
        // A number instead of a letter keeps the synthetic pseudonyms unique and obviously made up.
        return prefix + " " + (index + 1) + ", baby " + weeks + " uker";
    }

    private List<String> pickTopics() {
        var topics = new LinkedHashSet<String>();
        var first = weighted();
        topics.add(first);
        var companions = COMPANIONS.getOrDefault(first, List.of());
        if (!companions.isEmpty() && random.nextInt(100) < 45) {
            topics.add(companions.get(random.nextInt(companions.size())));
        }
        if (random.nextInt(100) < 10) {
            topics.add(weighted());
        }
        return List.copyOf(topics);
    }

    private String weighted() {
        var total = WEIGHTS.stream().mapToInt(Map.Entry::getValue).sum();
        var pick = random.nextInt(total);
        for (var entry : WEIGHTS) {
            pick -= entry.getValue();
            if (pick < 0) {
                return entry.getKey();
            }
        }
        return WEIGHTS.getFirst().getKey();
    }

    private Channel channel() {
        var p = random.nextInt(100);
        return p < 45
                ? Channel.PHONE
                : p < 65 ? Channel.SMS : p < 85 ? Channel.CHAT : p < 95 ? Channel.EMAIL : Channel.SOCIAL;
    }

    private Caller caller(String caseLabel) {
        if (caseLabel.startsWith("Partner") || caseLabel.startsWith("Far")) {
            return Caller.PARTNER;
        }
        if (caseLabel.startsWith("Mormor")) {
            return Caller.RELATIVE;
        }
        var p = random.nextInt(100);
        return p < 92 ? Caller.MOTHER : p < 96 ? Caller.HEALTH_WORKER : Caller.OTHER;
    }
}
