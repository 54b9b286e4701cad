package app.parley.render.fx;

/** Comparisons of frames' ARGB pixels shared by the moving-frame tests. */
final class FramePixels {

    private FramePixels() {
    }

    /** The mean difference per colour channel between two frames of the same size. */
    static double meanDifference(int[] expected, int[] actual) {
        long difference = 0;
        for (int i = 0; i < expected.length; i++) {
            for (int shift = 0; shift < 24; shift += 8) {
                difference += Math.abs((expected[i] >> shift & 0xFF) - (actual[i] >> shift & 0xFF));
            }
        }
        return difference / (3.0 * expected.length);
    }

    /** How many pixels are inked (darker than 200 in blue). */
    static int inked(int[] pixels) {
        int inked = 0;
        for (int pixel : pixels) {
            inked += (pixel & 0xFF) < 200 ? 1 : 0;
        }
        return inked;
    }

    /** How many pixels inked in {@code expected} are at least faintly inked (below 230) in {@code actual}. */
    static int inkedInBoth(int[] expected, int[] actual) {
        int both = 0;
        for (int i = 0; i < expected.length; i++) {
            both += (expected[i] & 0xFF) < 200 && (actual[i] & 0xFF) < 230 ? 1 : 0;
        }
        return both;
    }
}
