package app.parley.ui;

import app.parley.model.Side;
import app.parley.render.fx.FxSurface;
import app.parley.render.scene.Theme;
import javafx.scene.control.Label;
import javafx.scene.shape.Circle;

/** Small labelled colour chips for a side, in the theme's side colour, as the legend shows them. */
final class SidePills {

    /** Style class of a chip. */
    static final String STYLE_CLASS = "side-pill";

    private SidePills() {
    }

    static Label of(Side side, Theme theme) {
        Label pill = new Label(side.label(), new Circle(6, FxSurface.color(theme.side(side))));
        pill.getStyleClass().add(STYLE_CLASS);
        return pill;
    }
}
