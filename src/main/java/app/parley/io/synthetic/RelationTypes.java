package app.parley.io.synthetic;

import app.parley.model.Actor;
import app.parley.model.ActorKind;
import app.parley.model.RelationType;
import app.parley.model.Side;
import java.util.List;
import java.util.SplittableRandom;

/** Which relations make sense between two kinds of actor, in the same camp or across camps. */
final class RelationTypes {

    private static final List<RelationType> ANY = List.of(RelationType.CRITICISED, RelationType.ACCUSED,
            RelationType.PRESSURED, RelationType.MEDIATES, RelationType.PROPOSED, RelationType.HOSTS);

    private RelationTypes() {
    }

    /** A relation type from {@code a} to {@code b} that fits their kinds and camps. */
    static RelationType between(Actor a, Actor b, SplittableRandom random) {
        return NameBook.pick(candidates(a, b), random);
    }

    private static List<RelationType> candidates(Actor a, Actor b) {
        boolean same = a.side().equals(b.side());
        ActorKind from = a.kind();
        ActorKind to = b.kind();
        return switch (from) {
            case PERSON -> switch (to) {
                case PERSON -> same ? List.of(RelationType.MET_WITH, RelationType.SPOKESPERSON_FOR,
                        RelationType.CHIEF_OF_STAFF_TO, RelationType.NEGOTIATES_WITH, RelationType.CRITICISED)
                        : List.of(RelationType.MET_WITH, RelationType.NEGOTIATES_WITH, RelationType.CRITICISED,
                        RelationType.ACCUSED, RelationType.PRESSURED, RelationType.SEEKS_MEETING_WITH);
                case DELEGATION -> same ? List.of(RelationType.MEMBER_OF, RelationType.MEMBER_OF, RelationType.LEADS)
                        : List.of(RelationType.MET_WITH, RelationType.NEGOTIATES_WITH);
                case ORGANIZATION -> same ? List.of(RelationType.MEMBER_OF, RelationType.LEADS,
                        RelationType.SPOKESPERSON_FOR) : List.of(RelationType.CRITICISED, RelationType.MET_WITH);
                case STATE -> same ? List.of(RelationType.ENVOY_OF, RelationType.REPRESENTS)
                        : List.of(RelationType.CRITICISED, RelationType.ACCUSED, RelationType.PRESSURED);
            };
            case STATE -> switch (to) {
                case STATE -> same ? List.of(RelationType.NEGOTIATES_WITH, RelationType.MET_WITH)
                        : atWar(a, b) ? List.of(RelationType.AT_WAR_WITH, RelationType.NEGOTIATES_WITH,
                        RelationType.ACCUSED) : List.of(RelationType.NEGOTIATES_WITH, RelationType.CRITICISED,
                        RelationType.PRESSURED, RelationType.MEDIATES, RelationType.HOSTS, RelationType.PROPOSED);
                case DELEGATION, PERSON -> same ? List.of(RelationType.SENT, RelationType.GAVE_MANDATE_TO)
                        : List.of(RelationType.HOSTS, RelationType.CRITICISED, RelationType.PRESSURED);
                case ORGANIZATION -> List.of(RelationType.HOSTS, RelationType.CRITICISED, RelationType.PRESSURED);
            };
            case DELEGATION -> switch (to) {
                case DELEGATION -> List.of(RelationType.NEGOTIATES_WITH, RelationType.MET_WITH, RelationType.PROPOSED);
                case STATE -> same ? List.of(RelationType.REPRESENTS)
                        : List.of(RelationType.NEGOTIATES_WITH, RelationType.MET_WITH);
                case PERSON -> List.of(RelationType.MET_WITH, RelationType.NEGOTIATES_WITH, RelationType.CRITICISED);
                case ORGANIZATION -> List.of(RelationType.MET_WITH, RelationType.CRITICISED);
            };
            case ORGANIZATION -> ANY;
        };
    }

    private static boolean atWar(Actor a, Actor b) {
        return (a.side() == Side.UKRAINE && b.side() == Side.RUSSIA)
                || (a.side() == Side.RUSSIA && b.side() == Side.UKRAINE);
    }
}
