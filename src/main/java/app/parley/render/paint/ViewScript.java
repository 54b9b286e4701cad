package app.parley.render.paint;

import app.parley.render.scene.Bounds;
import java.util.ArrayList;
import java.util.List;

/**
 * A scripted pan and zoom over a drawing, as a user would explore it in a window: the whole graph fitted, a zoom in
 * towards its centre down to full size, a pan across at full size, and a zoom back out. Each step is the world
 * rectangle the window shows.
 */
public final class ViewScript {

    /** How close a view is, by pixels per world unit compared with the fitted and full-size zooms. */
    public enum Distance {
        /** The whole graph, or nearly. */
        WHOLE,
        /** Between the whole graph and full size. */
        MID,
        /** Cards at or near full size, names readable. */
        CLOSE
    }

    /**
     * One frame of the script.
     *
     * @param window   the world rectangle shown
     * @param zoom     pixels per world unit
     * @param distance how close the view is
     */
    public record Step(Bounds window, double zoom, Distance distance) {
    }

    private static final int FIT_FRAMES = 10;
    private static final int ZOOM_IN_FRAMES = 40;
    private static final int PAN_FRAMES = 30;
    private static final int ZOOM_OUT_FRAMES = 20;
    private static final double PAN_PIXELS = 40;
    private static final double FIT_MARGIN = 28;

    private ViewScript() {
    }

    /** The script for a window of {@code width} x {@code height} pixels over a drawing that covers {@code world}. */
    public static List<Step> panAndZoom(Bounds world, int width, int height) {
        if (width <= 2 * FIT_MARGIN || height <= 2 * FIT_MARGIN) {
            throw new IllegalArgumentException("The window is too small for a script");
        }
        double fit = Math.min((width - 2 * FIT_MARGIN) / Math.max(world.width(), 1),
                (height - 2 * FIT_MARGIN) / Math.max(world.height(), 1));
        double full = Math.max(fit, 1);
        double cx = world.centerX();
        double cy = world.centerY();
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < FIT_FRAMES; i++) {
            double shift = (i % 2 == 0 ? 1 : -1) * PAN_PIXELS / fit * 0.25;
            steps.add(step(cx + shift, cy, fit, fit, full, width, height));
        }
        for (int i = 1; i <= ZOOM_IN_FRAMES; i++) {
            steps.add(step(cx, cy, fit * Math.pow(full / fit, i / (double) ZOOM_IN_FRAMES), fit, full, width, height));
        }
        for (int i = 1; i <= PAN_FRAMES; i++) {
            steps.add(step(cx + i * PAN_PIXELS / full, cy + i * PAN_PIXELS / full / 2, full, fit, full, width, height));
        }
        double endX = cx + PAN_FRAMES * PAN_PIXELS / full;
        double endY = cy + PAN_FRAMES * PAN_PIXELS / full / 2;
        for (int i = 1; i <= ZOOM_OUT_FRAMES; i++) {
            double t = i / (double) ZOOM_OUT_FRAMES;
            steps.add(step(endX + (cx - endX) * t, endY + (cy - endY) * t, full * Math.pow(fit / full, t), fit, full,
                    width, height));
        }
        return steps;
    }

    private static Step step(double cx, double cy, double zoom, double fit, double full, int width, int height) {
        double w = width / zoom;
        double h = height / zoom;
        Distance distance = zoom <= fit * 1.5 ? Distance.WHOLE : zoom >= full * 0.7 ? Distance.CLOSE : Distance.MID;
        return new Step(new Bounds(cx - w / 2, cy - h / 2, w, h), zoom, distance);
    }
}
