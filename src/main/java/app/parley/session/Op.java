package app.parley.session;

import app.parley.model.CardPosition;

/** One primitive change to a map, made by a {@link Draft}; each has an exact inverse, which undo applies. */
public sealed interface Op {

    /** Makes this change in {@code draft}. */
    void applyTo(Draft draft);

    /** The change that takes this one back. */
    Op inverse();

    /** The aspect of the map this change touches. */
    Aspect aspect();

    /** An element inserted at {@code index}. */
    record Insert(Part<?> part, int index, Object element) implements Op {
        @Override
        public void applyTo(Draft draft) {
            draft.rawList(part).add(index, element);
        }

        @Override
        public Op inverse() {
            return new Remove(part, index, element);
        }

        @Override
        public Aspect aspect() {
            return part.aspect();
        }
    }

    /** The element at {@code index} removed. */
    record Remove(Part<?> part, int index, Object element) implements Op {
        @Override
        public void applyTo(Draft draft) {
            draft.rawList(part).remove(index);
        }

        @Override
        public Op inverse() {
            return new Insert(part, index, element);
        }

        @Override
        public Aspect aspect() {
            return part.aspect();
        }
    }

    /** The element at {@code index} replaced. */
    record Replace(Part<?> part, int index, Object before, Object after) implements Op {
        @Override
        public void applyTo(Draft draft) {
            draft.rawList(part).set(index, after);
        }

        @Override
        public Op inverse() {
            return new Replace(part, index, after, before);
        }

        @Override
        public Aspect aspect() {
            return part.aspect();
        }
    }

    /** An actor's card placed ({@code after}) or released ({@code after == null}). */
    record Place(String actorId, CardPosition before, CardPosition after) implements Op {
        @Override
        public void applyTo(Draft draft) {
            draft.rawPositions().remove(actorId);
            if (after != null) {
                draft.rawPositions().put(actorId, after);
            }
        }

        @Override
        public Op inverse() {
            return new Place(actorId, after, before);
        }

        @Override
        public Aspect aspect() {
            return Aspect.POSITIONS;
        }
    }

    /** The map's title changed. */
    record Retitle(String before, String after) implements Op {
        @Override
        public void applyTo(Draft draft) {
            draft.rawTitle(after);
        }

        @Override
        public Op inverse() {
            return new Retitle(after, before);
        }

        @Override
        public Aspect aspect() {
            return Aspect.TITLE;
        }
    }
}
