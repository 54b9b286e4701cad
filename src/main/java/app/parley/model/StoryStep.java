package app.parley.model;

import java.util.List;
import java.util.Objects;

/**
 * One step of a story told over the map. Reveals are cumulative: a step shows everything the steps before it revealed
 * plus its own {@code revealActorIds} and {@code revealLinkIds}; a link is drawn only once both its ends are shown.
 * Highlights, quotes and framing belong to the step alone.
 *
 * @param id                 identifier, unique within the story
 * @param caption            one short sentence shown as the step's title
 * @param revealActorIds     actors this step adds to the picture
 * @param revealLinkIds      roles and relations (by id) this step adds to the picture
 * @param highlightActorIds  actors that stand out in this step (the others are faded); empty for none
 * @param highlightLinkIds   roles and relations that stand out in this step
 * @param quoteIds           quotes shown large in this step, in order
 * @param frameActorIds      actors the camera frames; empty to frame the highlighted actors, or everything shown
 */
public record StoryStep(String id, String caption, List<String> revealActorIds, List<String> revealLinkIds,
                        List<String> highlightActorIds, List<String> highlightLinkIds, List<String> quoteIds,
                        List<String> frameActorIds) {

    /** Checks the required fields and freezes the lists. */
    public StoryStep {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(caption, "caption");
        revealActorIds = frozen(revealActorIds);
        revealLinkIds = frozen(revealLinkIds);
        highlightActorIds = frozen(highlightActorIds);
        highlightLinkIds = frozen(highlightLinkIds);
        quoteIds = frozen(quoteIds);
        frameActorIds = frozen(frameActorIds);
    }

    private static List<String> frozen(List<String> ids) {
        return List.copyOf(ids == null ? List.of() : ids);
    }

    /** The same step with another caption. */
    public StoryStep withCaption(String newCaption) {
        return new StoryStep(id, newCaption, revealActorIds, revealLinkIds, highlightActorIds, highlightLinkIds, quoteIds,
                frameActorIds);
    }

    /** The actors the camera should frame: the frame list, else the highlighted actors, else none (frame all shown). */
    public List<String> cameraActorIds() {
        return frameActorIds.isEmpty() ? highlightActorIds : frameActorIds;
    }
}
