package app.parley.graph;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * How a list of elements with ids changed: where each earlier element went (or that it went), and which later
 * elements are new or changed. An edit changes a few elements of long lists that keep the rest as they were, so the
 * two lists are walked side by side and ids are looked up only where they part.
 *
 * @param moved     for each earlier index, the later index of the element with the same id, or -1
 * @param fresh     the later indices holding an element that is new or not equal to the earlier one
 * @param inOrder   whether the elements kept stay in the same order
 */
record ListDiff(int[] moved, BitSet fresh, boolean inOrder) {

    /** The changes from {@code before} to {@code after}, matching elements by {@code id}. */
    static <T> ListDiff of(List<T> before, List<T> after, Function<T, String> id) {
        int n = before.size();
        int m = after.size();
        int[] moved = new int[n];
        Arrays.fill(moved, -1);
        BitSet fresh = new BitSet(m);
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            T a = before.get(i);
            T b = after.get(j);
            if (Objects.equals(a, b)) {
                moved[i++] = j++;
            } else if (id.apply(a).equals(id.apply(b))) {
                fresh.set(j);
                moved[i++] = j++;
            } else if (i + 1 < n && Objects.equals(before.get(i + 1), b)) {
                i++;
            } else if (j + 1 < m && Objects.equals(a, after.get(j + 1))) {
                fresh.set(j++);
            } else {
                return byId(before, after, id, i, j, moved, fresh);
            }
        }
        fresh.set(j, m);
        return new ListDiff(moved, fresh, true);
    }

    /** Matches the rest of the lists, from {@code i} and {@code j} on, by id. */
    private static <T> ListDiff byId(List<T> before, List<T> after, Function<T, String> id, int i, int j,
                                     int[] moved, BitSet fresh) {
        Map<String, Integer> later = new HashMap<>();
        for (int k = j; k < after.size(); k++) {
            later.putIfAbsent(id.apply(after.get(k)), k);
        }
        BitSet matched = new BitSet(after.size());
        boolean inOrder = true;
        int last = j - 1;
        for (int k = i; k < before.size(); k++) {
            Integer at = later.get(id.apply(before.get(k)));
            if (at == null || matched.get(at)) {
                continue;
            }
            matched.set(at);
            moved[k] = at;
            inOrder &= at > last;
            last = at;
            if (!Objects.equals(before.get(k), after.get(at))) {
                fresh.set(at);
            }
        }
        for (int k = j; k < after.size(); k++) {
            if (!matched.get(k)) {
                fresh.set(k);
            }
        }
        return new ListDiff(moved, fresh, inOrder);
    }
}
