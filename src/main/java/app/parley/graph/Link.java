package app.parley.graph;

import app.parley.model.Span;

/** An edge of the actor graph: a role (holder to the body it belongs to) or a relation, always sourced. */
public sealed interface Link permits RoleLink, RelationLink {

    /** Identifier of the role or relation behind the edge. */
    String id();

    /** The actor the edge starts at. */
    String fromId();

    /** The actor the edge points to. */
    String toId();

    /** How the edge reads from its source to its target ("leads", "Deputy Foreign Minister"). */
    String label();

    /** How the edge reads from its target back to its source. */
    String inverseLabel();

    /** The words of the source the edge rests on. */
    Span evidence();

    /** Whether the edge is drawn with an arrow head. */
    boolean directed();

    /** The filterable category of the edge: a relation type id, or "role". */
    String category();
}
