package app.parley.ui;

import app.parley.assist.Suggestions;
import app.parley.session.AcceptSuggestions;
import app.parley.session.Edit;
import app.parley.session.EditRefused;
import app.parley.session.MapSession;
import app.parley.session.Op;
import app.parley.session.Part;
import app.parley.session.SessionEvent;
import app.parley.session.SessionListener;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Joins a review of suggestions to the open map: each acceptance (one suggestion, or all) becomes one undoable
 * {@link AcceptSuggestions} edit of the session, and undoing or redoing that edit puts its suggestions back to
 * pending or accepted in the review.
 */
public final class SuggestionReview implements SessionListener {

    private final MapSession session;
    private final String sourceId;
    private final Consumer<String> say;
    private final SuggestionReviewViewModel model;
    private final Map<Edit, Suggestions> taken = new IdentityHashMap<>();
    private Consumer<Edit> onEdit = edit -> { };

    /**
     * A review of {@code suggestions} for the map's article {@code sourceId}.
     *
     * @param session     the open map
     * @param sourceId    the article the suggestions were made from
     * @param text        its text
     * @param suggestions what the assistant proposes
     * @param say         shows a short line to the user (what was accepted, or why not)
     */
    public SuggestionReview(MapSession session, String sourceId, String text, Suggestions suggestions,
                            Consumer<String> say) {
        this.session = Objects.requireNonNull(session, "session");
        this.sourceId = Objects.requireNonNull(sourceId, "sourceId");
        this.say = Objects.requireNonNull(say, "say");
        this.model = new SuggestionReviewViewModel(text, suggestions, this::accepted);
        session.addListener(this);
    }

    /** The review's view model. */
    public SuggestionReviewViewModel model() {
        return model;
    }

    /** What to do after each acceptance has changed the map (the window lays new actors out). */
    public void setOnEdit(Consumer<Edit> action) {
        onEdit = Objects.requireNonNull(action, "action");
    }

    /** How many actors {@code edit} added to the map. */
    public static long actorsAdded(Edit edit) {
        return edit.ops().stream().filter(op -> op instanceof Op.Insert insert && insert.part() == Part.ACTORS)
                .count();
    }

    /** The article the suggestions belong to. */
    public String sourceId() {
        return sourceId;
    }

    /** Stops following the session. */
    public void dispose() {
        session.removeListener(this);
    }

    private void accepted(Suggestions suggestions) {
        try {
            Edit edit = session.execute(new AcceptSuggestions(sourceId, suggestions));
            taken.put(edit, suggestions);
            say.accept(edit.ops().isEmpty() ? "Nothing new for the map: it has these already."
                    : Sentences.ended(edit.label()));
            if (!edit.ops().isEmpty()) {
                onEdit.accept(edit);
            }
        } catch (EditRefused refused) {
            model.restore(suggestions, SuggestionReviewViewModel.Decision.PENDING);
            say.accept("Not done: " + refused.getMessage());
        }
    }

    @Override
    public void sessionChanged(SessionEvent event) {
        Suggestions suggestions = event.edit() == null ? null : taken.get(event.edit());
        if (suggestions == null) {
            return;
        }
        if (event.kind() == SessionEvent.Kind.UNDONE) {
            model.restore(suggestions, SuggestionReviewViewModel.Decision.PENDING);
        } else if (event.kind() == SessionEvent.Kind.REDONE) {
            model.restore(suggestions, SuggestionReviewViewModel.Decision.ACCEPTED);
        }
    }
}
