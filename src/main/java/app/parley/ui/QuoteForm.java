package app.parley.ui;

import app.parley.graph.ActorGraph;
import app.parley.model.Actor;
import app.parley.model.QuoteKind;
import java.time.LocalDate;
import javafx.scene.control.DatePicker;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;

/** The fields of a quote: who said it (type-ahead), direct quote or reported speech, and when. */
final class QuoteForm extends FormGrid {

    private final ActorPicker speaker;
    private final RadioButton direct = new RadioButton("Direct quote");
    private final RadioButton reported = new RadioButton("Reported speech");
    private final DatePicker date = new IsoDatePicker();

    QuoteForm(ActorGraph graph, Actor initialSpeaker, QuoteKind initialKind, LocalDate initialDate) {
        speaker = new ActorPicker(graph, initialSpeaker, "quote-speaker");
        ToggleGroup kinds = new ToggleGroup();
        direct.setToggleGroup(kinds);
        reported.setToggleGroup(kinds);
        direct.setId("quote-direct");
        reported.setId("quote-reported");
        (initialKind == QuoteKind.REPORTED ? reported : direct).setSelected(true);
        date.setValue(initialDate);
        date.setId("quote-date");
        date.setPromptText("YYYY-MM-DD (optional)");
        row("Said by", speaker.field());
        row("As", new HBox(12, direct, reported));
        row("Said on", date);
    }

    String speakerId() {
        return speaker.actorId();
    }

    QuoteKind kind() {
        return reported.isSelected() ? QuoteKind.REPORTED : QuoteKind.DIRECT;
    }

    LocalDate saidOn() {
        return date.getValue();
    }

    /** The speaker field, to focus first. */
    ActorField speakerField() {
        return speaker.field();
    }
}
