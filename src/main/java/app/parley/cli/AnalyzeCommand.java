package app.parley.cli;

import app.parley.graph.ActorGraph;
import app.parley.graph.ActorPath;
import app.parley.graph.ActorSearch;
import app.parley.graph.AuthorityChain;
import app.parley.graph.Centrality;
import app.parley.graph.Connections;
import app.parley.graph.Delegations;
import app.parley.model.Actor;
import app.parley.model.Dataset;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code parley analyze}: paths between actors, centrality, delegations and chains of authority, as text or JSON. */
@Command(name = "analyze", mixinStandardHelpOptions = true, sortOptions = false,
        customSynopsis = {"parley analyze [--dataset=FILE] [--json] [--limit=N]",
            "                      (--path ACTOR ACTOR | --centrality degree|betweenness|brokerage",
            "                       | --delegations | --chain ACTOR)"},
        description = {"Answers questions about the map: how two actors are connected, who is central, who sits in "
                + "each delegation and how senior they are, and whom a delegate answers to.",
            "Name actors by id, name or alias; accents and capitals are optional (\"Kalin\", \"zelensky\")."},
        footer = {"",
            "Exit codes: 0 answered (also when there is no path or chain), 1 the dataset",
            "cannot be opened, 2 a usage error or an unknown or ambiguous actor name.",
            "",
            "JSON fields (--json). Every answer is one object with \"analysis\" (path,",
            "centrality, delegations or chain) and \"dataset\" (the title).",
            "An actor is {id, name, kind, side}; a rank is {id, label, tier} or null.",
            "  path:        from, to, paths[]: {length, steps[]}",
            "  a step:      from, to, link (id), category, direction (forward|backward),",
            "               phrase, evidence {source, start, end, text}, sentence,",
            "               alternatives[]: {link, category, phrase}",
            "  centrality:  measure, actors (number ranked), ranking[]: {rank, score, actor}",
            "  delegations: delegations[]: {delegation, represents[], leaders[], members[],",
            "               sentBy[], mandates[]: {from, to, link}, highestRank, leaderRank,",
            "               ledByMinister, headOfStatePresent, ministerPresent, verdict}",
            "  a delegate:  actor, bestRank, roles[]: {id, title, of, rank}",
            "  chain:       from, found, headOfState (actor or null), steps[]"})
final class AnalyzeCommand implements Callable<Integer> {

    private static final int DEFAULT_PATHS = 3;
    private static final int DEFAULT_RANKING = 10;

    @Mixin
    private DatasetOption dataset;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Question question;

    @Option(names = "--json", description = "Print JSON instead of text (fields below).")
    private boolean json;

    @Option(names = "--limit", paramLabel = "N",
            description = "How many paths (default " + DEFAULT_PATHS + ") or ranked actors (default "
                    + DEFAULT_RANKING + ") to print.")
    private Integer limit;

    @Spec
    private CommandSpec spec;

    /** Exactly one question per run. */
    static final class Question {

        @Option(names = "--path", arity = "2", paramLabel = "ACTOR",
                description = "The shortest connections between two actors, links read either way.")
        private List<String> path;

        @Option(names = "--centrality", paramLabel = "MEASURE",
                description = "Rank actors by degree (links touching them), betweenness (shortest connections "
                        + "between others running through them) or brokerage (pairs of actors on two opposed sides "
                        + "an outsider to both has working ties to: mediators and hosts).")
        private String centrality;

        @Option(names = "--delegations", description = "Who is in each delegation, and how senior it is.")
        private boolean delegations;

        @Option(names = "--chain", paramLabel = "ACTOR",
                description = "The chain of authority from a delegate up to a head of state.")
        private String chain;
    }

    @Override
    public Integer call() {
        if (limit != null && limit <= 0) {
            throw new ParameterException(spec.commandLine(), "--limit must be a positive number, not " + limit);
        }
        if (question.path != null && question.path.size() != 2) {
            throw new ParameterException(spec.commandLine(), "--path takes exactly two actors");
        }
        Optional<Centrality.Measure> measure = Optional.empty();
        if (question.centrality != null) {
            measure = Centrality.Measure.byId(question.centrality);
            if (measure.isEmpty()) {
                throw new ParameterException(spec.commandLine(),
                        "--centrality must be degree, betweenness or brokerage, not " + question.centrality);
            }
        }
        Optional<Dataset> dataset = load();
        if (dataset.isEmpty()) {
            return 1;
        }
        ActorGraph graph = ActorGraph.of(dataset.get());
        AnalysisOutput output = json ? new AnalysisJson(graph) : new AnalysisText(graph);
        if (question.path != null) {
            return path(graph, output);
        }
        if (measure.isPresent()) {
            List<Centrality.Score> ranking = Centrality.rank(graph, measure.get());
            return print(output.centrality(measure.get(), ranking, limit == null ? DEFAULT_RANKING : limit));
        }
        if (question.delegations) {
            return print(output.delegations(Delegations.of(graph)));
        }
        return chain(graph, output);
    }

    private int path(ActorGraph graph, AnalysisOutput output) {
        ActorSearch search = new ActorSearch(graph);
        Optional<Actor> from = resolve(search, question.path.get(0));
        Optional<Actor> to = resolve(search, question.path.get(1));
        if (from.isEmpty() || to.isEmpty()) {
            return 2;
        }
        if (from.get().equals(to.get())) {
            err().println("Both names refer to " + from.get().name() + "; --path needs two different actors.");
            err().flush();
            return 2;
        }
        List<ActorPath> paths = new Connections(graph).paths(from.get().id(), to.get().id(),
                limit == null ? DEFAULT_PATHS : limit);
        return print(output.paths(from.get(), to.get(), paths));
    }

    private int chain(ActorGraph graph, AnalysisOutput output) {
        Optional<Actor> actor = resolve(new ActorSearch(graph), question.chain);
        if (actor.isEmpty()) {
            return 2;
        }
        return print(output.chain(actor.get(), new AuthorityChain(graph).from(actor.get().id())));
    }

    private Optional<Dataset> load() {
        return dataset.load(err());
    }

    private Optional<Actor> resolve(ActorSearch search, String name) {
        return ActorChoice.resolve(search, name, err());
    }

    private int print(String text) {
        PrintWriter out = spec.commandLine().getOut();
        out.print(text);
        out.flush();
        return 0;
    }

    private PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
