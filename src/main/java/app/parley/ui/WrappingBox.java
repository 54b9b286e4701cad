package app.parley.ui;

import javafx.scene.layout.VBox;

/**
 * A column whose preferred height is worked out for its maximum width even when asked without a width, as list cells
 * ask their graphic, so that wrapping labels inside get the lines they need.
 */
final class WrappingBox extends VBox {

    WrappingBox(double spacing) {
        super(spacing);
    }

    @Override
    protected double computePrefHeight(double width) {
        double max = getMaxWidth();
        return super.computePrefHeight(width < 0 && max > 0 && max < Double.MAX_VALUE ? max : width);
    }
}
