package app.parley.ui;

import app.parley.model.Side;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * The side of an actor: one of the camps every map knows or the map's own, picked from a list, or a new one named
 * with <em>New side…</em> ("Armenia"), which becomes one of the map's own sides when the actor is saved.
 */
final class SideChoice extends HBox {

    /** Id of the link that names a new side. */
    static final String NEW_SIDE_ID = "new-side";

    private final ComboBox<Side> box = new ComboBox<>();
    private final List<Side> mapSides;

    /**
     * A choice of side.
     *
     * @param selected the side shown first
     * @param mapSides the map's own sides, in their order
     * @param id       the id of the drop-down list
     */
    SideChoice(Side selected, List<Side> mapSides, String id) {
        super(8);
        setAlignment(Pos.CENTER_LEFT);
        this.mapSides = List.copyOf(mapSides);
        List<Side> items = new ArrayList<>(Side.KNOWN);
        items.addAll(this.mapSides);
        box.getItems().setAll(items);
        box.setConverter(Choices.labels());
        box.setValue(selected);
        box.setId(id);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setVisibleRowCount(12);
        HBox.setHgrow(box, Priority.ALWAYS);
        Hyperlink named = new Hyperlink("New side…");
        named.setId(NEW_SIDE_ID);
        named.setMinWidth(USE_PREF_SIZE);
        named.setTooltip(new Tooltip("A side this map needs that the list lacks, such as a party to other talks"));
        named.setOnAction(e -> askName().ifPresent(this::choose));
        getChildren().addAll(box, named);
    }

    /** The side chosen, or {@code null}. */
    Side side() {
        return box.getValue();
    }

    /**
     * Chooses the side called {@code name}: a listed side of that name or id (capitals and spaces at the ends aside),
     * else a new one, added to the list after the map's own.
     */
    void choose(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        for (Side side : box.getItems()) {
            if (side.label().toLowerCase(Locale.ROOT).equals(wanted) || side.id().equals(wanted)) {
                box.setValue(side);
                return;
            }
        }
        Side side = Side.named(Side.idFor(name), name.strip(), Side.after(mapSides));
        box.getItems().add(side);
        box.setValue(side);
    }

    private Optional<String> askName() {
        TextInputDialog dialog = new TextInputDialog();
        dialog.initOwner(getScene() == null ? null : getScene().getWindow());
        dialog.setTitle("New side");
        dialog.setHeaderText("Name the side, as the article names it (a state, a party, a camp)");
        dialog.getEditor().setId("new-side-name");
        DialogButtons.sizeToLabels(dialog.getDialogPane());
        return dialog.showAndWait().map(String::strip).filter(text -> !text.isEmpty());
    }
}
