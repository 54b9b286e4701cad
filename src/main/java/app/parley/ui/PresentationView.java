package app.parley.ui;

import app.parley.render.fx.FxSurface;
import app.parley.render.paint.Surface;
import app.parley.render.scene.Bounds;
import app.parley.render.scene.FontSpec;
import app.parley.render.scene.ViewState;
import app.parley.render.story.StoryDeck;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;

/**
 * A story presented full screen: one canvas showing the current step as the slides do, driven by the keys that
 * presentation clickers send. Right, Down, Page Down, Space or a click go on; Left, Up, Page Up or Backspace go back;
 * Home and End jump to the ends; a number then Enter jumps to that step; Escape leaves. Between steps the camera glides
 * and the pictures cross-fade in {@value #TRANSITION_MILLIS} ms.
 */
public final class PresentationView extends Region {

    /** Style class of the view. */
    public static final String STYLE_CLASS = "presentation-view";
    /** How long a transition between steps takes. */
    public static final long TRANSITION_MILLIS = 400;

    private static final int MAX_TYPED_DIGITS = 4;

    private final StoryDeck deck;
    private final Runnable leave;
    private final Canvas canvas = new Canvas();
    private final ReadOnlyIntegerWrapper step = new ReadOnlyIntegerWrapper(this, "step");
    private final StringBuilder typed = new StringBuilder();
    private final Tween transition = new Tween(TRANSITION_MILLIS);
    private int fromStep = -1;
    private Bounds fromWindow;
    private Bounds shownWindow;
    private double progress = 1;

    /**
     * A view of {@code deck} starting at step {@code start} (0-based).
     *
     * @param deck  the prepared story
     * @param start the first step shown
     * @param leave what Escape does
     */
    public PresentationView(StoryDeck deck, int start, Runnable leave) {
        this.deck = deck;
        this.leave = leave;
        step.set(Math.max(0, Math.min(deck.size() - 1, start)));
        getStyleClass().add(STYLE_CLASS);
        setFocusTraversable(true);
        getChildren().add(canvas);
        addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
        addEventHandler(MouseEvent.MOUSE_CLICKED, this::onClick);
    }

    /** The step shown (0-based). */
    public ReadOnlyIntegerProperty stepProperty() {
        return step.getReadOnlyProperty();
    }

    /** The number of steps. */
    public int size() {
        return deck.size();
    }

    /** What the current step shows, hides and highlights. */
    public ViewState viewState() {
        return deck.viewState(step.get());
    }

    /** The number typed so far for a jump, or an empty string. */
    public String typedNumber() {
        return typed.toString();
    }

    /** Goes to the next step, if any. */
    public void next() {
        go(step.get() + 1);
    }

    /** Goes to the step before, if any. */
    public void previous() {
        go(step.get() - 1);
    }

    /** Goes to step {@code index} (0-based), gliding there; out-of-range indices are ignored. */
    public void go(int index) {
        if (index < 0 || index >= deck.size() || index == step.get()) {
            return;
        }
        fromStep = step.get();
        fromWindow = shownWindow;
        step.set(index);
        startTransition();
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        shownWindow = null;
        paint();
    }

    private void startTransition() {
        transition.stop();
        if (fromWindow == null) {
            progress = 1;
            paint();
            return;
        }
        progress = 0;
        transition.start(t -> {
            progress = t;
            paint();
        });
    }

    private void paint() {
        int width = (int) Math.floor(canvas.getWidth());
        int height = (int) Math.floor(canvas.getHeight());
        if (width < 16 || height < 16) {
            return;
        }
        Bounds target = deck.window(step.get(), width, height);
        double eased = Tween.easeInOut(progress);
        Bounds window = fromWindow == null || progress >= 1 ? target : between(fromWindow, target, eased);
        shownWindow = window;
        FxSurface surface = new FxSurface(canvas.getGraphicsContext2D());
        Bounds all = new Bounds(0, 0, width, height);
        deck.composition(step.get(), width, height, window).paintTile(surface, all);
        if (progress < 1 && fromStep >= 0) {
            surface.save();
            surface.setOpacity(1 - eased);
            deck.composition(fromStep, width, height, window).paintTile(surface, all);
            surface.restore();
        }
        if (typed.length() > 0) {
            paintTyped(surface, width, height);
        }
    }

    /** The camera between two windows: centres move in a line, the zoom changes evenly on a log scale. */
    static Bounds between(Bounds from, Bounds to, double t) {
        double width = from.width() * Math.pow(to.width() / from.width(), t);
        double height = from.height() * Math.pow(to.height() / from.height(), t);
        double cx = from.centerX() + (to.centerX() - from.centerX()) * t;
        double cy = from.centerY() + (to.centerY() - from.centerY()) * t;
        return new Bounds(cx - width / 2, cy - height / 2, width, height);
    }

    private void paintTyped(Surface surface, int width, int height) {
        double unit = StoryDeck.unit(width, height);
        FontSpec font = FontSpec.bold(40 * unit);
        String text = "Go to step " + typed + " (Enter)";
        double boxWidth = 520 * unit;
        double boxHeight = 80 * unit;
        double x = (width - boxWidth) / 2;
        double y = (height - boxHeight) / 2;
        var theme = deck.theme();
        surface.fillRoundRect(x, y, boxWidth, boxHeight, 20 * unit, theme.panel());
        surface.strokeRoundRect(x, y, boxWidth, boxHeight, 20 * unit,
                app.parley.render.scene.Stroke.solid(theme.text(), 3 * unit));
        surface.fillText(text, x + 30 * unit, y + 54 * unit, font, theme.text());
    }

    private void onKey(KeyEvent event) {
        switch (event.getCode()) {
            case RIGHT, DOWN, PAGE_DOWN, SPACE, N -> next();
            case LEFT, UP, PAGE_UP, P -> previous();
            case BACK_SPACE -> {
                if (typed.length() > 0) {
                    typed.setLength(typed.length() - 1);
                    paint();
                } else {
                    previous();
                }
            }
            case HOME -> go(0);
            case END -> go(deck.size() - 1);
            case ENTER -> jumpToTyped();
            case ESCAPE -> {
                if (typed.length() > 0) {
                    typed.setLength(0);
                    paint();
                } else {
                    leave.run();
                }
            }
            default -> {
                if (!typeDigit(event)) {
                    return;
                }
            }
        }
        event.consume();
    }

    private boolean typeDigit(KeyEvent event) {
        if (!event.getCode().isDigitKey()) {
            return false;
        }
        String text = event.getText();
        char digit = text != null && text.length() == 1 && Character.isDigit(text.charAt(0)) ? text.charAt(0)
                : event.getCode().getName().charAt(event.getCode().getName().length() - 1);
        if (typed.length() < MAX_TYPED_DIGITS) {
            typed.append(digit);
        }
        paint();
        return true;
    }

    private void jumpToTyped() {
        if (typed.length() == 0) {
            return;
        }
        int number = Integer.parseInt(typed.toString());
        typed.setLength(0);
        if (number >= 1 && number <= deck.size()) {
            go(number - 1);
        }
        paint();
    }

    private void onClick(MouseEvent event) {
        requestFocus();
        if (event.getButton() == MouseButton.PRIMARY) {
            next();
        } else if (event.getButton() == MouseButton.SECONDARY) {
            previous();
        }
    }
}
