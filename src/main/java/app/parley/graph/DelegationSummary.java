package app.parley.graph;

import app.parley.model.Actor;
import app.parley.model.Rank;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Who a delegation is: who leads it, who sits in it and with what rank, who sent it and gave it a mandate, whom it
 * represents, and how senior it is.
 *
 * @param delegation the delegation actor
 * @param represents the states (or organizations) it represents
 * @param leaders    the people who lead it
 * @param members    the other people in it: members, and holders of a role in it
 * @param senders    who sent it
 * @param mandates   mandates given to it or to one of its people
 */
public record DelegationSummary(Actor delegation, List<Actor> represents, List<Delegate> leaders,
                                List<Delegate> members, List<Actor> senders, List<Mandate> mandates) {

    /** Checks the delegation and freezes the lists. */
    public DelegationSummary {
        Objects.requireNonNull(delegation, "delegation");
        represents = List.copyOf(represents);
        leaders = List.copyOf(leaders);
        members = List.copyOf(members);
        senders = List.copyOf(senders);
        mandates = List.copyOf(mandates);
    }

    /** Leaders then members. */
    public List<Delegate> delegates() {
        return Stream.concat(leaders.stream(), members.stream()).toList();
    }

    /** The most senior rank anyone in the delegation holds, or empty if nobody has a rank. */
    public Optional<Rank> highestRank() {
        return best(delegates());
    }

    /** The most senior rank among the leaders, or empty if there is no leader or no leader has a rank. */
    public Optional<Rank> leaderRank() {
        return best(leaders);
    }

    /** Whether a leader ranks as a minister or higher (tier 2 or better). */
    public boolean ledByMinisterOrAbove() {
        return leaderRank().map(r -> r.tier() <= Rank.MINISTER.tier()).orElse(false);
    }

    /** Whether anyone in the delegation is a head of state. */
    public boolean headOfStatePresent() {
        return delegates().stream().anyMatch(d -> d.holds(Rank.HEAD_OF_STATE));
    }

    /** Whether anyone in the delegation is a minister (not a deputy minister). */
    public boolean ministerPresent() {
        return delegates().stream().anyMatch(d -> d.holds(Rank.MINISTER));
    }

    /**
     * The seniority in one line, for comparing delegations: "highest rank: deputy minister (tier 3); led by a
     * minister: no; head of state present: no; minister present: no".
     */
    public String verdict() {
        List<String> parts = new ArrayList<>();
        parts.add("highest rank: " + highestRank().map(r -> r.label() + " (tier " + r.tier() + ")").orElse("none"));
        parts.add("led by a minister: " + (leaders.isEmpty() ? "no leader named" : yesNo(ledByMinisterOrAbove())));
        parts.add("head of state present: " + yesNo(headOfStatePresent()));
        parts.add("minister present: " + yesNo(ministerPresent()));
        return String.join("; ", parts);
    }

    private static Optional<Rank> best(List<Delegate> delegates) {
        return delegates.stream().map(Delegate::bestRank).flatMap(Optional::stream)
                .min(Comparator.comparingInt(Rank::tier).thenComparing(Comparator.naturalOrder()));
    }

    private static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }
}
