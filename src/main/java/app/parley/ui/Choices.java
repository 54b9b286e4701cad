package app.parley.ui;

import app.parley.model.Vocabulary;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;

/** Drop-down lists of a vocabulary (kinds, link types; sides in {@link SideChoice}), shown by their labels. */
final class Choices {

    private Choices() {
    }

    /** A drop-down of every value of {@code type}, with {@code selected} chosen. */
    static <E extends Enum<E> & Vocabulary> ComboBox<E> of(Class<E> type, E selected, String id) {
        ComboBox<E> box = new ComboBox<>();
        box.getItems().setAll(type.getEnumConstants());
        box.setConverter(labels());
        box.setValue(selected);
        box.setId(id);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setVisibleRowCount(10);
        return box;
    }

    /** Shows terms by their labels (a list of them is never typed in). */
    static <T extends Vocabulary> StringConverter<T> labels() {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : value.label();
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }
}
