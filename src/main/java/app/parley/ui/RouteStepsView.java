package app.parley.ui;

import app.parley.graph.ActorGraph;
import app.parley.graph.ActorPath;
import app.parley.graph.Step;
import app.parley.model.Source;
import app.parley.model.Span;
import java.util.List;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * The steps of a path or chain of authority, one under the other: who, how the link reads in the direction walked,
 * whom, and the sentence of the article it rests on, with its words in bold and a link to show them in the article.
 */
final class RouteStepsView extends VBox {

    /** Style class of the list. */
    static final String STYLE_CLASS = "route-steps";
    /** Style class of one step. */
    static final String STEP_CLASS = "route-step";
    /** Style class of a step's phrase ("criticised"). */
    static final String PHRASE_CLASS = "route-phrase";

    RouteStepsView(ActorPath path, ActorGraph graph, MainViewModel model) {
        super(10);
        getStyleClass().add(STYLE_CLASS);
        setMinWidth(0);
        List<Step> steps = path.steps();
        for (int i = 0; i < steps.size(); i++) {
            getChildren().add(step(i + 1, steps.get(i), graph, model));
        }
    }

    private static VBox step(int number, Step step, ActorGraph graph, MainViewModel model) {
        Label index = new Label(number + ".");
        index.getStyleClass().add(QuoteCell.MUTED_CLASS);
        Hyperlink from = actorLink(step.from().id(), step.from().name(), model);
        Label phrase = new Label(step.phrase());
        phrase.getStyleClass().add(PHRASE_CLASS);
        Hyperlink to = actorLink(step.to().id(), step.to().name(), model);
        FlowPane line = new FlowPane(4, 0, index, from, phrase, to);
        VBox box = new VBox(3, line);
        box.getStyleClass().add(STEP_CLASS);
        if (!step.alternatives().isEmpty()) {
            Label also = new Label("also: " + String.join(", ", step.alternativePhrases()));
            also.getStyleClass().add(QuoteCell.MUTED_CLASS);
            also.setWrapText(true);
            box.getChildren().add(also);
        }
        Span evidence = step.evidence();
        graph.index().source(evidence.sourceId()).filter(s -> s.contains(evidence)).ifPresent(source -> {
            box.getChildren().add(sentence(source, evidence));
            Hyperlink show = new Hyperlink("Show in article");
            show.setOnAction(e -> model.showInArticle(evidence));
            Hyperlink link = new Hyperlink("Select link");
            link.setOnAction(e -> model.selectLink(step.link().id()));
            box.getChildren().add(new FlowPane(8, 0, show, link));
        });
        return box;
    }

    private static Hyperlink actorLink(String actorId, String name, MainViewModel model) {
        Hyperlink link = new Hyperlink(name);
        link.setOnAction(e -> model.selectActor(actorId));
        return link;
    }

    /** The sentence around the evidence with the evidence in bold. */
    static TextFlow sentence(Source source, Span evidence) {
        Span sentence = source.sentenceAround(evidence);
        String text = source.text();
        Text before = new Text(text.substring(sentence.start(), evidence.start()));
        Text words = new Text(text.substring(evidence.start(), evidence.end()));
        words.getStyleClass().add(LinkCardView.EVIDENCE_CLASS);
        Text after = new Text(text.substring(evidence.end(), sentence.end()));
        TextFlow flow = new TextFlow(before, words, after);
        flow.getStyleClass().add(LinkCardView.SENTENCE_CLASS);
        return flow;
    }
}
