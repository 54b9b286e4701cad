package app.parley.ui;

import app.parley.graph.ActorGraph;
import app.parley.graph.Link;
import app.parley.graph.RelationLink;
import app.parley.graph.RoleLink;
import app.parley.model.Source;
import app.parley.model.Span;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/** The card of one link: who, what, whom, and the sentence of the article it rests on with its words in bold. */
final class LinkCardView extends VBox {

    /** Style class of the card. */
    static final String STYLE_CLASS = "link-card";
    /** Style class of the evidence sentence. */
    static final String SENTENCE_CLASS = "evidence-sentence";
    /** Style class of the words the link rests on, inside the sentence. */
    static final String EVIDENCE_CLASS = "evidence-words";

    LinkCardView(Link link, ActorGraph graph, MainViewModel model, Runnable edit) {
        super(8);
        getStyleClass().add(STYLE_CLASS);
        Hyperlink from = new Hyperlink(graph.index().nameOf(link.fromId()));
        from.setOnAction(e -> model.selectActor(link.fromId()));
        Hyperlink to = new Hyperlink(graph.index().nameOf(link.toId()));
        to.setOnAction(e -> model.selectActor(link.toId()));
        Label verb = new Label(link.label());
        verb.getStyleClass().add(ActorCardView.NAME_CLASS);
        FlowPane title = new FlowPane(6, 2, from, verb, to);
        Label heading = new Label("Rests on this sentence");
        heading.getStyleClass().add(ActorCardView.HEADING_CLASS);
        getChildren().add(title);
        if (edit != null) {
            Button editButton = new Button("Edit");
            editButton.setId("edit-card");
            editButton.setOnAction(e -> edit.run());
            getChildren().add(editButton);
        }
        getChildren().add(heading);
        Span evidence = link.evidence();
        graph.index().source(evidence.sourceId()).filter(s -> s.contains(evidence)).ifPresent(source -> {
            getChildren().add(sentence(source, evidence));
            Label citation = new Label(source.citation());
            citation.getStyleClass().add(QuoteCell.MUTED_CLASS);
            citation.setWrapText(true);
            Hyperlink show = new Hyperlink("Show in article");
            show.setOnAction(e -> model.showInArticle(evidence));
            getChildren().addAll(citation, show);
        });
        Hyperlink change = new Hyperlink("Change evidence…");
        change.setId("change-evidence");
        change.setOnAction(e -> {
            if (link instanceof RelationLink relation) {
                Repointing.link(relation.relation(), model);
            } else if (link instanceof RoleLink role) {
                Repointing.role(role.role(), model);
            }
        });
        getChildren().add(change);
    }

    private static TextFlow sentence(Source source, Span evidence) {
        Span sentence = source.sentenceAround(evidence);
        String text = source.text();
        Text before = new Text(text.substring(sentence.start(), evidence.start()));
        Text words = new Text(text.substring(evidence.start(), evidence.end()));
        words.getStyleClass().add(EVIDENCE_CLASS);
        Text after = new Text(text.substring(evidence.end(), sentence.end()));
        TextFlow flow = new TextFlow(before, words, after);
        flow.getStyleClass().add(SENTENCE_CLASS);
        return flow;
    }
}
