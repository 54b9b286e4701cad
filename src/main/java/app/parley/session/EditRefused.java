package app.parley.session;

/** An edit that was not made because the map would no longer be valid; the message says why, for people. */
public final class EditRefused extends Exception {

    private static final long serialVersionUID = 1L;

    /** A refusal saying why in one plain sentence. */
    public EditRefused(String message) {
        super(message);
    }
}
