package app.parley.ui;

import app.parley.model.Vocabulary;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;

/** Drop-down lists of a vocabulary (kinds, sides, link types), shown by their labels. */
final class Choices {

    private Choices() {
    }

    /** A drop-down of every value of {@code type}, with {@code selected} chosen. */
    static <E extends Enum<E> & Vocabulary> ComboBox<E> of(Class<E> type, E selected, String id) {
        ComboBox<E> box = new ComboBox<>();
        box.getItems().setAll(type.getEnumConstants());
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(E value) {
                return value == null ? "" : value.label();
            }

            @Override
            public E fromString(String text) {
                return null;
            }
        });
        box.setValue(selected);
        box.setId(id);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setVisibleRowCount(10);
        return box;
    }
}
