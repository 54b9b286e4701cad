package app.parley.ui;

import app.parley.model.Dataset;
import app.parley.model.Quote;
import app.parley.model.Relation;
import app.parley.model.Role;
import app.parley.model.Span;
import java.util.ArrayList;
import java.util.List;

/** The stretches of an article that the map already uses: the words of quotes, and those roles and links rest on. */
final class ArticleMarks {

    private ArticleMarks() {
    }

    /** The spans of every quote taken from {@code sourceId}. */
    static List<Span> quotes(Dataset dataset, String sourceId) {
        return dataset.quotes().stream().map(Quote::span).filter(s -> s.sourceId().equals(sourceId)).toList();
    }

    /** The evidence of every role and link that rests on {@code sourceId}. */
    static List<Span> evidence(Dataset dataset, String sourceId) {
        List<Span> spans = new ArrayList<>();
        dataset.relations().stream().map(Relation::evidence).filter(s -> s.sourceId().equals(sourceId))
                .forEach(spans::add);
        dataset.roles().stream().map(Role::evidence).filter(s -> s.sourceId().equals(sourceId)).forEach(spans::add);
        return spans;
    }
}
