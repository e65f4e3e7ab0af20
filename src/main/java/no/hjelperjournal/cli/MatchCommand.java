package no.hjelperjournal.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.concurrent.Callable;
import no.hjelperjournal.guidance.GuidanceMatcher;
import no.hjelperjournal.guidance.MatchResult;
import no.hjelperjournal.guidance.PackInstaller;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code match}: the guidance the panel would show for a note. Needs no journal and no passphrase. */
@Command(name = "match", description = "Show the guidance, suggested topics and red flags for a note.")
final class MatchCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Option(names = "--top", paramLabel = "N", description = "How many snippets (default ${DEFAULT-VALUE}).")
    int top = 3;

    @Option(names = "--topic", paramLabel = "ID", description = "A topic already chosen (repeatable).")
    List<String> topics = List.of();

    @Option(
            names = "--caller",
            paramLabel = "ID",
            description = "Who called: mother, partner, relative, health-worker or other (default ${DEFAULT-VALUE}).")
    String caller = "mother";

    @Parameters(paramLabel = "TEXT", arity = "1..*", description = "The note (several words are joined).")
    List<String> words;

    @Override
    public Integer call() throws Exception {
        if (top < 1) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "--top must be at least 1");
        }
        var matcher = GuidanceMatcher.build(new PackInstaller(root.dataDir()).active());
        var who = no.hjelperjournal.journal.Caller.fromId(caller)
                .orElseThrow(() -> new picocli.CommandLine.ParameterException(
                        new picocli.CommandLine(this),
                        "--caller: '" + caller + "' is not one of mother, partner,"
                                + " relative, health-worker, other"));
        var result = matcher.match(String.join(" ", words), topics, top, java.util.Optional.of(who));
        if (json) {
            var mapper = new ObjectMapper();
            System.out.println(mapper.writeValueAsString(toJson(mapper, result)));
        } else {
            print(result);
        }
        return 0;
    }

    private static ObjectNode toJson(ObjectMapper mapper, MatchResult result) {
        var out = mapper.createObjectNode();
        var topics = out.putArray("suggested_topics");
        result.suggestedTopics()
                .forEach(t -> topics.addObject().put("id", t.topicId()).put("score", t.score()));
        var snippets = out.putArray("snippets");
        for (var hit : result.snippets()) {
            var s = hit.snippet();
            var node = snippets.addObject();
            node.put("id", s.id());
            node.put("title", s.title());
            var ids = node.putArray("topics");
            s.topics().forEach(ids::add);
            node.put("source", s.source().document() + " — " + s.source().section());
            putOptional(node, "refer", s.refer());
            putOptional(node, "caveat", s.caveat());
            putOptional(node, "reply", s.reply());
            node.put("score", hit.score());
        }
        var flags = out.putArray("flags");
        result.flags().forEach(f -> {
            var flag = flags.addObject().put("id", f.id()).put("message", f.message());
            // Raised by the learned backstop alone, not by a rule; the words that weighed most.
            flag.put("learned", f.learned());
            var cues = flag.putArray("cues");
            f.cues().forEach(cues::add);
        });
        return out;
    }

    private static void putOptional(ObjectNode node, String field, java.util.Optional<String> value) {
        if (value.isPresent()) {
            node.put(field, value.get());
        } else {
            node.putNull(field);
        }
    }

    private static void print(MatchResult result) {
        result.flags()
                .forEach(f -> System.out.println("! " + f.message()
                        + (f.learned() ? " (no rule; reads like notes that needed referral: " + f.cues() + ")" : "")));
        if (!result.suggestedTopics().isEmpty()) {
            System.out.println("topics: "
                    + String.join(
                            ", ",
                            result.suggestedTopics().stream()
                                    .limit(5)
                                    .map(t -> t.topicId() + " " + t.score())
                                    .toList()));
        }
        for (var hit : result.snippets()) {
            var s = hit.snippet();
            System.out.println();
            System.out.println(s.title() + "  [" + String.join(", ", s.topics()) + "]  " + hit.score());
            s.caveat().ifPresent(c -> System.out.println("Merk: " + c));
            System.out.println(s.body());
            s.refer().ifPresent(r -> System.out.println("Henvis: " + r));
            s.reply().ifPresent(r -> System.out.println("Svar: " + r));
            System.out.println(
                    "Kilde: " + s.source().document() + " — " + s.source().section());
        }
        if (result.snippets().isEmpty()) {
            System.out.println("no guidance matches this text");
        }
    }
}
