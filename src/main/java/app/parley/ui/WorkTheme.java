package app.parley.ui;

import app.parley.render.scene.Theme;
import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.List;
import javafx.application.Application;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;

/** The themes for everyday work (light, dark, high contrast): the View > Theme menu and the matching controls. */
final class WorkTheme {

    /** The themes offered, in menu order. */
    static final List<Theme> CHOICES = List.of(Theme.LIGHT, Theme.DARK, Theme.HIGH_CONTRAST);

    private WorkTheme() {
    }

    /** The View > Theme menu, with the current theme ticked. */
    static Menu menu(MainViewModel model) {
        Menu menu = new Menu("Theme");
        ToggleGroup group = new ToggleGroup();
        for (Theme theme : CHOICES) {
            RadioMenuItem item = new RadioMenuItem(theme.name());
            item.setToggleGroup(group);
            item.setSelected(theme.name().equals(model.themeProperty().get().name()));
            item.setOnAction(e -> model.setTheme(theme));
            model.themeProperty().addListener((o, was, now) -> item.setSelected(theme.name().equals(now.name())));
            menu.getItems().add(item);
        }
        return menu;
    }

    /** Dresses the controls to match: AtlantaFX Primer Dark for the dark theme, Primer Light otherwise. */
    static void applyControls(Theme theme) {
        Application.setUserAgentStylesheet(theme.dark() ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }
}
