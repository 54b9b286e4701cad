package app.parley.ui;

import app.parley.model.Source;
import app.parley.session.EditSource;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;

/** The fields of an article's details (title, publisher, date, URL); its text never changes, since spans point in. */
final class ArticleForm extends FormGrid {

    private final String sourceId;
    private final TextField title = new TextField();
    private final TextField publisher = new TextField();
    private final DatePicker date = new IsoDatePicker();
    private final TextField url = new TextField();

    ArticleForm(Source source) {
        sourceId = source.id();
        title.setText(source.title());
        title.setId("article-title-field");
        publisher.setText(source.publisher() == null ? "" : source.publisher());
        publisher.setPromptText("e.g. AFP");
        publisher.setId("article-publisher-field");
        date.setValue(source.date());
        date.setPromptText("YYYY-MM-DD (optional)");
        date.setId("article-date-field");
        url.setText(source.url() == null ? "" : source.url());
        url.setPromptText("https://…");
        url.setId("article-url-field");
        row("Title", title);
        row("Publisher", publisher);
        row("Date", date);
        row("URL", url);
    }

    /** The edit these fields describe. */
    EditSource command() {
        return new EditSource(sourceId, title.getText(), publisher.getText(), date.getValue(), url.getText());
    }
}
