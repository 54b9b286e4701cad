package app.parley.ui;

import app.parley.graph.ActorGraph;
import app.parley.model.Quote;
import app.parley.session.DeleteQuote;
import app.parley.session.EditQuote;
import javafx.stage.Window;

/** Editing a quote from its card: who said it, direct or reported, when (its words stay the article's); deleting it. */
final class QuoteEditing {

    private QuoteEditing() {
    }

    /** Asks for the quote's speaker, kind and date, and changes them in one undoable edit. */
    static void edit(Quote quote, MainViewModel model, Window owner) {
        OpenMap map = model.mapProperty().get();
        if (map == null) {
            return;
        }
        ActorGraph graph = map.prepared().graph();
        QuoteForm form = new QuoteForm(graph, graph.actor(quote.speakerId()).orElse(null), quote.kind(),
                quote.saidOn());
        AuthoringDialog.show(owner, "Edit quote", "“" + quote.text() + "”", form, form.speakerField(), "Save",
                () -> new EditQuote(quote.id(), form.speakerId(), quote.span(), form.kind(), form.saidOn(),
                        quote.reportedById(), quote.aboutIds()), model.bridge());
    }

    /** Deletes the quote once the user has confirmed (its speaker and the article stay). */
    static void delete(Quote quote, MainViewModel model, Window owner) {
        if (DeleteConfirmation.confirm(owner, "Delete this quote?", "“" + quote.text() + "”\n\nIts speaker and the "
                + "article stay.")) {
            model.bridge().execute(new DeleteQuote(quote.id()));
        }
    }
}
