package app.parley.render.scene;

import java.util.function.IntConsumer;

/**
 * A grid of a scene's items (cards, curves, labels) filed under slots. A scene built whole files each item under its
 * own number; a scene edited from it shares the grid, files the items the edit changed under new slots, and maps its
 * slots to its own item numbers, so that the items the edit left alone are not filed again. Entries of slots a scene
 * does not map (items gone, or filed by a later edit) are passed over.
 */
final class SlotGrid {

    private final GridIndex grid;
    /** Slot by item number; {@code null} when every item is filed under its own number. */
    private final int[] slots;
    /** Item number by slot, -1 for slots of items gone; {@code null} when every item is filed under its own number. */
    private final int[] items;
    private final int count;

    private SlotGrid(GridIndex grid, int[] slots, int[] items, int count) {
        this.grid = grid;
        this.slots = slots;
        this.items = items;
        this.count = count;
    }

    /** A grid of {@code count} items, each filed under its own number. */
    static SlotGrid whole(GridIndex grid, int count) {
        return new SlotGrid(grid, null, null, count);
    }

    /** A grid whose items are filed under {@code slots} (by item number), with {@code items} its inverse. */
    static SlotGrid mapped(GridIndex grid, int[] slots, int[] items) {
        return new SlotGrid(grid, slots, items, slots.length);
    }

    /** The shared index, for filing new slots. */
    GridIndex index() {
        return grid;
    }

    /** The side of a cell. */
    double cellSize() {
        return grid.cellSize();
    }

    /** How many slots this grid knows of; an edit files its new items from here on. */
    int slotCount() {
        return items == null ? count : items.length;
    }

    /** The slot item {@code item} is filed under. */
    int slotOf(int item) {
        return slots == null ? item : slots[item];
    }

    /** Calls {@code found} with the item number of each entry in a cell the rectangle touches (repeats possible). */
    void query(Bounds box, IntConsumer found) {
        grid.query(box, slot -> {
            int item = itemOf(slot);
            if (item >= 0) {
                found.accept(item);
            }
        });
    }

    private int itemOf(int slot) {
        if (items == null) {
            return slot < count ? slot : -1;
        }
        return slot < items.length ? items[slot] : -1;
    }
}
