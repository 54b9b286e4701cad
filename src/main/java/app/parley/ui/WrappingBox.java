package app.parley.ui;

import javafx.scene.layout.VBox;

/**
 * A column whose preferred height is worked out for the width it will really have, its maximum width when that is less
 * than the width asked about or none is given (as list cells ask their graphic), so that wrapping labels and rows of
 * links inside get the lines they need.
 */
final class WrappingBox extends VBox {

    WrappingBox(double spacing) {
        super(spacing);
    }

    @Override
    protected double computePrefHeight(double width) {
        double max = getMaxWidth();
        boolean bounded = max > 0 && max < Double.MAX_VALUE;
        return super.computePrefHeight(bounded && (width < 0 || width > max) ? max : width);
    }
}
