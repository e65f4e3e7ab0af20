package no.hjelperjournal.journal;

import java.util.List;
import java.util.Optional;

/**
 * The core topic taxonomy of {@code shared/product/topics.csv}: stable ids shared by import, guidance, statistics and
 * export. The database seeds the same rows in its first migration; a test keeps the three in step.
 */
public final class CoreTopics {

    public static final List<Topic> ALL = List.of(
            new Topic("dmer", "D-MER", "D-MER", true),
            new Topic("grief", "Ammesorg", "Breastfeeding grief", true),
            new Topic("oversupply", "Overproduksjon", "Oversupply", true),
            new Topic("low-supply", "Lite melk", "Low milk supply", true),
            new Topic("pumping", "Pumping og håndmelking", "Pumping and hand expression", true),
            new Topic("lactogenesis", "Igangsetting av melkeproduksjonen", "Milk coming in", true),
            new Topic("galactagogues", "Medisiner for melkeproduksjon", "Medicines to increase supply", true),
            new Topic("mastitis", "Brystbetennelse", "Mastitis", true),
            new Topic("preterm-ill", "Prematur eller syk baby", "Preterm or ill baby", true),
            new Topic("blood-in-milk", "Blod eller puss i melken", "Blood or pus in milk", true),
            new Topic(
                    "postnatal-depression",
                    "Fødselsdepresjon og psykisk helse",
                    "Postnatal depression and mental health",
                    true),
            new Topic("weaning", "Avvenning", "Weaning", true),
            new Topic(
                    "combination-feeding", "Delamming og morsmelkerstatning", "Combination feeding and formula", true),
            new Topic("bottle-feeding", "Flaskemating", "Bottle feeding", true),
            new Topic("sore-nipples", "Såre brystknopper", "Sore nipples", true),
            new Topic("family-support", "Støtte fra partner og familie", "Support from partner and family", true),
            new Topic("milk-donation", "Donasjon av morsmelk", "Donating breast milk", true),
            new Topic("other", "Annet", "Other", true));

    private CoreTopics() {}

    public static Optional<Topic> byId(String id) {
        return ALL.stream().filter(t -> t.id().equals(id)).findFirst();
    }
}
