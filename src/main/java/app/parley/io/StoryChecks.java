package app.parley.io;

import app.parley.model.Dataset;
import app.parley.model.DatasetIndex;
import app.parley.model.Relation;
import app.parley.model.Role;
import app.parley.model.Story;
import app.parley.model.StoryStep;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a dataset's story: unique step ids, and every actor, link and quote a step names exists. A link's id is the id
 * of a relation or of a role that belongs to a state, organization or delegation. Highlighting or framing what is not
 * yet shown is only worth a warning.
 */
final class StoryChecks {

    private final Dataset dataset;
    private final DatasetIndex index;
    private final List<String> pointers;
    private final Set<String> alreadyReportedActorIds;
    private final List<Problem> problems;
    private final Map<String, String[]> linkEnds = new HashMap<>();

    StoryChecks(Dataset dataset, DatasetIndex index, List<String> pointers, Set<String> alreadyReportedActorIds,
                List<Problem> problems) {
        this.dataset = dataset;
        this.index = index;
        this.pointers = pointers;
        this.alreadyReportedActorIds = alreadyReportedActorIds;
        this.problems = problems;
        for (Role role : dataset.roles()) {
            if (role.ofId() != null) {
                linkEnds.putIfAbsent(role.id(), new String[] {role.holderId(), role.ofId()});
            }
        }
        for (Relation relation : dataset.relations()) {
            linkEnds.putIfAbsent(relation.id(), new String[] {relation.fromId(), relation.toId()});
        }
    }

    /** Adds every problem of the story to the list given at construction. */
    void check() {
        Story story = dataset.story();
        Set<String> ids = new HashSet<>();
        Set<String> shown = new LinkedHashSet<>();
        for (int i = 0; i < story.size(); i++) {
            StoryStep step = story.step(i);
            String pointer = pointers.get(i);
            if (!ids.add(step.id())) {
                problems.add(Problem.error(pointer + "/id", "Another story step already has the id \"" + step.id()
                        + "\"; ids must be unique."));
            }
            actors(pointer + "/reveal", step.revealActorIds());
            shown.addAll(step.revealActorIds());
            links(pointer + "/revealLinks", step.revealLinkIds(), shown);
            actors(pointer + "/highlight", step.highlightActorIds());
            links(pointer + "/highlightLinks", step.highlightLinkIds(), null);
            quotes(pointer + "/quotes", step.quoteIds());
            actors(pointer + "/frame", step.frameActorIds());
            notShown(pointer + "/highlight", step.highlightActorIds(), shown, "highlights");
            notShown(pointer + "/frame", step.frameActorIds(), shown, "frames");
        }
    }

    private void actors(String pointer, List<String> actorIds) {
        for (int i = 0; i < actorIds.size(); i++) {
            String id = actorIds.get(i);
            if (index.actor(id).isEmpty() && !alreadyReportedActorIds.contains(id)) {
                problems.add(Problem.error(pointer + "/" + i, "No actor has the id \"" + id + "\"."));
            }
        }
    }

    private void links(String pointer, List<String> linkIds, Set<String> shown) {
        for (int i = 0; i < linkIds.size(); i++) {
            String id = linkIds.get(i);
            String[] ends = linkEnds.get(id);
            if (ends == null) {
                problems.add(Problem.error(pointer + "/" + i, "No relation or role (of a state, organization or "
                        + "delegation) has the id \"" + id + "\"."));
            } else if (shown != null && !(shown.contains(ends[0]) && shown.contains(ends[1]))) {
                problems.add(Problem.warning(pointer + "/" + i, "The link \"" + id + "\" is revealed before both its "
                        + "ends are shown; it appears once they are."));
            }
        }
    }

    private void quotes(String pointer, List<String> quoteIds) {
        for (int i = 0; i < quoteIds.size(); i++) {
            if (index.quote(quoteIds.get(i)).isEmpty()) {
                problems.add(Problem.error(pointer + "/" + i, "No quote has the id \"" + quoteIds.get(i) + "\"."));
            }
        }
    }

    private void notShown(String pointer, List<String> actorIds, Set<String> shown, String verb) {
        for (int i = 0; i < actorIds.size(); i++) {
            String id = actorIds.get(i);
            if (index.actor(id).isPresent() && !shown.contains(id)) {
                problems.add(Problem.warning(pointer + "/" + i, "The step " + verb + " \"" + id + "\", which no step "
                        + "up to this one reveals."));
            }
        }
    }
}
