package no.hjelperjournal.guidance;

import java.util.List;

/**
 * A situation where the volunteer must refer the caller on. The flag is raised by the first of its rules whose
 * concepts the note all describes (and none of its {@code none} concepts); that rule's message is shown. The id is
 * stable: contacts record it and statistics count it.
 *
 * @param learnedMessage shown when the learned backstop, not a rule, raises the flag: it cannot know which rule's case
 *     the note is, so it says what holds for all of them
 */
public record RedFlag(String id, List<Rule> rules, String learnedMessage) {

    /**
     * @param all concepts the note must describe, each affirmed (not negated, past or only supposed)
     * @param none concepts that, described, keep this rule from raising the flag
     * @param message what to do, in the volunteer's language, shown in the banner
     */
    public record Rule(List<String> all, List<String> none, String message) {
        public Rule {
            all = List.copyOf(all);
            none = List.copyOf(none);
        }
    }

    public RedFlag {
        rules = List.copyOf(rules);
    }
}
