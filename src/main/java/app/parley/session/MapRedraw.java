package app.parley.session;

import app.parley.layout.LayoutModel;
import app.parley.model.Dataset;
import app.parley.render.scene.PreparedGraph;
import app.parley.render.scene.Scene;
import java.util.Optional;

/**
 * Brings the drawing of a map up to date after an edit, as the window and the bench do: the graph, the cards and the
 * scene are changed only where the edit changed them (only new and renamed cards are measured, every other card stays
 * where it was), and built whole only when the edit cannot be followed that way (see {@link PreparedGraph#edit}).
 */
public final class MapRedraw {

    private MapRedraw() {
    }

    /**
     * A map drawn after an edit.
     *
     * @param prepared    the graph of the edited map, its cards measured
     * @param positions   where its cards are: where they were, new ones beside their links, saved ones where saved
     * @param scene       its scene for those positions
     * @param incremental whether the scene was changed where the edit changed it rather than built whole
     */
    public record Redrawn(PreparedGraph prepared, LayoutModel positions, Scene scene, boolean incremental) {
    }

    /**
     * The drawing of {@code edited}, an edit of the map {@code prepared} was made of, whose cards were at
     * {@code positions} in {@code scene} ({@code null} when there is none to change); {@code prepared}'s graph then
     * belongs to the result.
     */
    public static Redrawn after(PreparedGraph prepared, LayoutModel positions, Scene scene, Dataset edited) {
        Optional<PreparedGraph.Edited> edit = prepared.edit(edited);
        if (edit.isEmpty()) {
            PreparedGraph rebuilt = prepared.rebuilt(edited);
            LayoutModel carried = CarriedPositions.carry(prepared.graph(), positions, rebuilt.graph());
            return new Redrawn(rebuilt, carried, rebuilt.scene(carried), false);
        }
        PreparedGraph next = edit.get().prepared();
        LayoutModel carried = CarriedPositions.carry(edit.get().edit(), positions);
        Optional<Scene> changed = scene == null ? Optional.empty()
                : next.editScene(scene, edit.get().edit(), carried);
        return changed.map(s -> new Redrawn(next, carried, s, true))
                .orElseGet(() -> new Redrawn(next, carried, next.scene(carried), false));
    }

    /**
     * The drawing of the map {@code prepared} with its cards moved to {@code moved}, from {@code scene}, its scene for
     * the positions before ({@code null} when there is none to change): only the cards that moved are placed again,
     * with their links and the labels they can push, as for an edit; built whole when that cannot be done.
     */
    public static Redrawn moved(PreparedGraph prepared, Scene scene, LayoutModel moved) {
        Optional<Scene> changed = scene == null ? Optional.empty() : prepared.moveScene(scene, moved);
        return changed.map(s -> new Redrawn(prepared, moved, s, true))
                .orElseGet(() -> new Redrawn(prepared, moved, prepared.scene(moved), false));
    }
}
