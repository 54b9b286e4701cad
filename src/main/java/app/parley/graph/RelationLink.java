package app.parley.graph;

import app.parley.model.Relation;
import app.parley.model.Span;

/**
 * A relation drawn as an edge.
 *
 * @param relation the relation
 */
public record RelationLink(Relation relation) implements Link {

    @Override
    public String id() {
        return relation.id();
    }

    @Override
    public String fromId() {
        return relation.fromId();
    }

    @Override
    public String toId() {
        return relation.toId();
    }

    @Override
    public String label() {
        return relation.type().label();
    }

    @Override
    public String inverseLabel() {
        return relation.type().inverseLabel();
    }

    @Override
    public Span evidence() {
        return relation.evidence();
    }

    @Override
    public boolean directed() {
        return relation.type().directed();
    }

    @Override
    public String category() {
        return relation.type().id();
    }
}
