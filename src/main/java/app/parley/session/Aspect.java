package app.parley.session;

/** A part of a map that an edit can change, so listeners redo only the work that part needs. */
public enum Aspect {
    /** The map's title. */
    TITLE,
    /** The articles. */
    SOURCES,
    /** The actors. */
    ACTORS,
    /** The roles. */
    ROLES,
    /** The relations. */
    RELATIONS,
    /** The quotes. */
    QUOTES,
    /** The story steps. */
    STORY,
    /** The user-placed card positions. */
    POSITIONS
}
