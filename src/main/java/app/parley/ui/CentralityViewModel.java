package app.parley.ui;

import app.parley.graph.Centrality;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Who holds the room together: actors ranked by a centrality measure, optionally drawn larger the higher they score. */
public final class CentralityViewModel {

    /** How much larger than measured the top-scoring actor's card is drawn when cards are sized by score. */
    public static final double LARGEST_SCALE = 1.6;

    private final MainViewModel main;
    private final ReadOnlyObjectWrapper<Centrality.Measure> measure = new ReadOnlyObjectWrapper<>(this, "measure",
            Centrality.Measure.DEGREE);
    private final ObservableList<Centrality.Score> ranking = FXCollections.observableArrayList();
    private final ObservableList<Centrality.Score> rankingView = FXCollections.unmodifiableObservableList(ranking);
    private final ReadOnlyBooleanWrapper sizedByScore = new ReadOnlyBooleanWrapper(this, "sizedByScore");
    private Analyses analyses;

    CentralityViewModel(MainViewModel main) {
        this.main = main;
    }

    /** The measure ranked by. */
    public ReadOnlyObjectProperty<Centrality.Measure> measureProperty() {
        return measure.getReadOnlyProperty();
    }

    /** Every actor, highest score first. */
    public ObservableList<Centrality.Score> ranking() {
        return rankingView;
    }

    /** Whether cards are drawn larger the higher they score. */
    public ReadOnlyBooleanProperty sizedByScoreProperty() {
        return sizedByScore.getReadOnlyProperty();
    }

    /** Ranks by another measure. */
    public void setMeasure(Centrality.Measure next) {
        measure.set(Objects.requireNonNull(next, "measure"));
        refresh();
    }

    /** Draws cards larger the higher they score (up to {@value #LARGEST_SCALE} times), or all at their size. */
    public void setSizedByScore(boolean sized) {
        sizedByScore.set(sized);
        applySizes();
    }

    /** Selects a ranked actor on the graph and brings it into view. */
    public void select(Centrality.Score score) {
        main.selectActor(score.actor().id());
        main.centreOn(score.actor().id());
    }

    void attach(Analyses analyses) {
        this.analyses = analyses;
        sizedByScore.set(false);
        refresh();
    }

    private void refresh() {
        ranking.setAll(analyses == null ? List.of() : analyses.ranking(measure.get()));
        applySizes();
    }

    private void applySizes() {
        if (!sizedByScore.get() || ranking.isEmpty()) {
            main.setCardScales(Map.of());
            return;
        }
        double top = ranking.get(0).score();
        Map<String, Double> scales = new HashMap<>();
        for (Centrality.Score score : ranking) {
            double share = top > 0 ? score.score() / top : 0;
            scales.put(score.actor().id(), 1 + (LARGEST_SCALE - 1) * share);
        }
        main.setCardScales(scales);
    }
}
