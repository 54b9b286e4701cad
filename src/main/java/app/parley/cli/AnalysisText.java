package app.parley.cli;

import app.parley.graph.ActorGraph;
import app.parley.graph.ActorPath;
import app.parley.graph.Centrality;
import app.parley.graph.Delegate;
import app.parley.graph.DelegationSummary;
import app.parley.graph.Mandate;
import app.parley.graph.Step;
import app.parley.model.Actor;
import app.parley.model.Rank;
import app.parley.model.Role;
import app.parley.model.Source;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The answers of {@code analyze} as text for a person: every step with the sentence it rests on, quoted. */
final class AnalysisText implements AnalysisOutput {

    private static final String[] NUMBERS = {"no", "one", "two", "three", "four", "five", "six", "seven", "eight",
        "nine", "ten"};

    private final ActorGraph graph;

    AnalysisText(ActorGraph graph) {
        this.graph = graph;
    }

    @Override
    public String paths(Actor from, Actor to, List<ActorPath> paths) {
        StringBuilder out = new StringBuilder();
        if (paths.isEmpty()) {
            return out.append(from.name()).append(" and ").append(to.name())
                    .append(" are not connected in this dataset.\n").toString();
        }
        out.append("How ").append(from.name()).append(" and ").append(to.name()).append(" are connected: ")
                .append(count(paths.size(), "shortest path")).append(", links read either way.\n");
        Set<String> sources = new LinkedHashSet<>();
        for (int i = 0; i < paths.size(); i++) {
            ActorPath path = paths.get(i);
            out.append("\nPath ").append(i + 1).append(", ").append(count(path.length(), "step")).append(":\n");
            appendSteps(out, path.steps(), sources);
        }
        appendSources(out, sources);
        return out.toString();
    }

    @Override
    public String centrality(Centrality.Measure measure, List<Centrality.Score> ranking, int limit) {
        StringBuilder out = new StringBuilder();
        out.append(measure.title()).append(": ").append(measure.description()).append('\n');
        List<Centrality.Score> shown = ranking.stream().limit(limit).toList();
        out.append("Top ").append(shown.size()).append(" of ").append(ranking.size()).append(":\n");
        int width = shown.stream().mapToInt(s -> s.actor().name().length()).max().orElse(0);
        for (Centrality.Score score : shown) {
            String value = measure.whole() ? String.valueOf(Math.round(score.score()))
                    : String.format(Locale.ROOT, "%.3f", score.score());
            out.append(String.format(Locale.ROOT, "%4d  %-" + width + "s  %s%n", score.rank(), score.actor().name(),
                    value));
        }
        return out.toString();
    }

    @Override
    public String delegations(List<DelegationSummary> delegations) {
        StringBuilder out = new StringBuilder();
        if (delegations.isEmpty()) {
            return "This dataset has no delegations.\n";
        }
        for (DelegationSummary summary : delegations) {
            out.append(summary.delegation().name());
            if (!summary.represents().isEmpty()) {
                out.append(", representing ").append(names(summary.represents()));
            }
            out.append('\n');
            appendDelegates(out, "Led by", summary.leaders());
            appendDelegates(out, "Members", summary.members());
            if (!summary.senders().isEmpty()) {
                out.append(label("Sent by")).append(names(summary.senders())).append('\n');
            }
            for (Mandate mandate : summary.mandates()) {
                out.append(label("Mandate")).append("from ").append(mandate.giver().name()).append(" to ")
                        .append(mandate.recipient().name()).append('\n');
                if (!mandate.sentence().isEmpty()) {
                    out.append(label("")).append('“').append(mandate.sentence()).append("”\n");
                }
            }
            out.append(label("Seniority")).append(summary.verdict()).append("\n\n");
        }
        appendComparison(out, delegations);
        return out.toString();
    }

    @Override
    public String chain(Actor from, Optional<ActorPath> chain) {
        if (chain.isEmpty()) {
            return "No chain of authority leads from " + from.name() + " to a head of state in this dataset.\n";
        }
        ActorPath path = chain.get();
        if (path.length() == 0) {
            return from.name() + " is a head of state (" + headOfStateTitles(from) + ").\n";
        }
        StringBuilder out = new StringBuilder();
        out.append(from.name()).append(" answers to ").append(path.to().name()).append(" (")
                .append(headOfStateTitles(path.to())).append(") in ").append(count(path.length(), "step"))
                .append(":\n");
        Set<String> sources = new LinkedHashSet<>();
        appendSteps(out, path.steps(), sources);
        appendSources(out, sources);
        return out.toString();
    }

    private void appendSteps(StringBuilder out, List<Step> steps, Set<String> sources) {
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            out.append("  ").append(i + 1).append(". ").append(step.from().name()).append(" --").append(step.phrase())
                    .append("--> ").append(step.to().name()).append('\n');
            if (!step.sentence().isEmpty()) {
                out.append("       \"").append(step.sentence()).append("\"\n");
            }
            if (!step.alternatives().isEmpty()) {
                out.append("       (also: ").append(String.join(", ", step.alternativePhrases())).append(")\n");
            }
            sources.add(step.evidence().sourceId());
        }
    }

    private void appendSources(StringBuilder out, Set<String> sourceIds) {
        for (String id : sourceIds) {
            graph.index().source(id).map(Source::citation)
                    .ifPresent(citation -> out.append("\nSource: ").append(citation).append('\n'));
        }
    }

    private void appendDelegates(StringBuilder out, String heading, List<Delegate> delegates) {
        if (delegates.isEmpty()) {
            out.append(label(heading)).append("nobody named\n");
            return;
        }
        for (int i = 0; i < delegates.size(); i++) {
            Delegate delegate = delegates.get(i);
            out.append(label(i == 0 ? heading : "")).append(delegate.person().name());
            List<String> titles = delegate.roles().stream().map(this::roleText).toList();
            if (!titles.isEmpty()) {
                out.append(", ").append(String.join("; ", titles));
            }
            out.append(" [").append(delegate.bestRank().map(AnalysisText::rankText).orElse("no rank")).append("]\n");
        }
    }

    private void appendComparison(StringBuilder out, List<DelegationSummary> delegations) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Delegation", "Led by", "Highest rank", "Led by a minister", "Minister present",
            "Head of state present"});
        for (DelegationSummary summary : delegations) {
            String leaders = summary.leaders().isEmpty() ? "nobody named" : summary.leaders().stream()
                    .map(d -> d.person().name() + " (" + d.bestRank().map(Rank::label).orElse("no rank") + ")")
                    .collect(Collectors.joining(", "));
            rows.add(new String[] {summary.delegation().name(), leaders,
                summary.highestRank().map(AnalysisText::rankText).orElse("none"),
                summary.leaders().isEmpty() ? "no leader named" : yesNo(summary.ledByMinisterOrAbove()),
                yesNo(summary.ministerPresent()), yesNo(summary.headOfStatePresent())});
        }
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        }
        out.append("Comparison (tier 1 = head of state, 2 = minister, 3 = deputy minister or agency head):\n");
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder(" ");
            for (int c = 0; c < row.length; c++) {
                line.append(' ').append(String.format("%-" + widths[c] + "s", row[c])).append(' ');
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
    }

    private String roleText(Role role) {
        String of = role.ofId() == null ? "" : " (" + graph.index().nameOf(role.ofId()) + ")";
        return role.title() + of;
    }

    private String headOfStateTitles(Actor actor) {
        return graph.index().rolesOf(actor.id()).stream().filter(r -> r.rank() == Rank.HEAD_OF_STATE)
                .map(r -> r.ofId() == null ? r.title() : r.title() + " of " + graph.index().nameOf(r.ofId()))
                .collect(Collectors.joining(", "));
    }

    private static String rankText(Rank rank) {
        return rank.label() + ", tier " + rank.tier();
    }

    private static String label(String heading) {
        return String.format("  %-10s ", heading.isEmpty() ? "" : heading + ":");
    }

    private static String names(List<Actor> actors) {
        return actors.stream().map(Actor::name).collect(Collectors.joining(", "));
    }

    private static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }

    private static String count(int n, String noun) {
        String number = n < NUMBERS.length ? NUMBERS[n] : String.valueOf(n);
        return number + " " + noun + (n == 1 ? "" : "s");
    }
}
