package app.parley.assist;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Organizations news about diplomacy names by a word that says nothing of their kind (the Kremlin, NATO, Reuters). */
final class Organizations {

    /**
     * A well-known organization.
     *
     * @param name  its usual full name
     * @param side  the state or alliance it belongs to, or {@code null}
     */
    record Known(String name, String side) {
    }

    private static final Map<String, Known> BY_NAME = Map.ofEntries(
            Map.entry("Kremlin", new Known("Kremlin", "Russia")),
            Map.entry("White House", new Known("White House", "United States")),
            Map.entry("Pentagon", new Known("Pentagon", "United States")),
            Map.entry("State Department", new Known("State Department", "United States")),
            Map.entry("Élysée", new Known("Élysée", "France")), Map.entry("Elysee", new Known("Élysée", "France")),
            Map.entry("Downing Street", new Known("Downing Street", "United Kingdom")),
            Map.entry("NATO", new Known("NATO", "NATO")), Map.entry("Nato", new Known("NATO", "NATO")),
            Map.entry("EU", new Known("European Union", "European Union")),
            Map.entry("European Union", new Known("European Union", "European Union")),
            Map.entry("European Commission", new Known("European Commission", "European Union")),
            Map.entry("UN", new Known("United Nations", null)), Map.entry("U.N.", new Known("United Nations", null)),
            Map.entry("United Nations", new Known("United Nations", null)),
            Map.entry("Security Council", new Known("UN Security Council", null)),
            Map.entry("AP", new Known("Associated Press", null)),
            Map.entry("Associated Press", new Known("Associated Press", null)),
            Map.entry("Reuters", new Known("Reuters", null)), Map.entry("AFP", new Known("AFP", null)),
            Map.entry("TASS", new Known("TASS", "Russia")), Map.entry("Tass", new Known("TASS", "Russia")),
            Map.entry("Interfax", new Known("Interfax", "Russia")),
            Map.entry("RIA Novosti", new Known("RIA Novosti", "Russia")),
            Map.entry("Anadolu", new Known("Anadolu", "Turkey")), Map.entry("Xinhua", new Known("Xinhua", "China")),
            Map.entry("Ukrinform", new Known("Ukrinform", "Ukraine")), Map.entry("Hamas", new Known("Hamas", null)),
            Map.entry("Hezbollah", new Known("Hezbollah", null)), Map.entry("Taliban", new Known("Taliban", null)),
            Map.entry("OSCE", new Known("OSCE", null)), Map.entry("IAEA", new Known("IAEA", null)),
            Map.entry("IMF", new Known("IMF", null)), Map.entry("BBC", new Known("BBC", "United Kingdom")),
            Map.entry("CNN", new Known("CNN", "United States")));

    private static final Set<String> NOT_ORGANIZATIONS = WordSet.of("GMT", "UTC", "TV", "AM", "PM", "CEO", "OK", "ID",
            "PDF", "HTML", "PS", "NB", "AI", "COVID", "GDP", "LNG", "EST", "CET", "BST", "II", "III", "IV", "VI", "XX");

    private Organizations() {
    }

    /** The well-known organization the words name. */
    static Optional<Known> known(String words) {
        return Optional.ofNullable(BY_NAME.get(words));
    }

    /** Whether a word written in capitals (NATO, OSCE) is an organization's acronym rather than a unit or a number. */
    static boolean acronym(String word) {
        if (word.length() < 2 || word.length() > 6 || NOT_ORGANIZATIONS.contains(word)
                || Places.get().state(word.charAt(0) + word.substring(1).toLowerCase(java.util.Locale.ROOT))
                .isPresent()) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isUpperCase(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
