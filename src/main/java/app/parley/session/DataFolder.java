package app.parley.session;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Parley keeps the user's own data (recent maps, recovery copies): the folder the {@value #PROPERTY} system
 * property names, else {@code $XDG_DATA_HOME/parley}, else the platform's usual place ({@code ~/.local/share/parley}
 * on Linux).
 */
public final class DataFolder {

    /** The system property that overrides the folder (tests point it at a temporary folder). */
    public static final String PROPERTY = "parley.data.dir";

    private DataFolder() {
    }

    /** The folder for this user, from the system properties and environment of this process. */
    public static Path resolve() {
        return resolve(System.getProperty(PROPERTY), System.getenv(), System.getProperty("user.home"),
                System.getProperty("os.name", ""));
    }

    /** The folder for the given override, environment, home folder and operating system name. */
    static Path resolve(String override, Map<String, String> environment, String home, String osName) {
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String xdg = environment.get("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "parley");
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows") && environment.get("APPDATA") != null) {
            return Path.of(environment.get("APPDATA"), "Parley");
        }
        if (os.startsWith("mac")) {
            return Path.of(home, "Library", "Application Support", "Parley");
        }
        return Path.of(home, ".local", "share", "parley");
    }
}
