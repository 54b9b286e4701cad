package app.parley.assist;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * States, their capitals and demonyms, and city names. State names come from the JDK's ISO country list
 * ({@link Locale#getISOCountries()} in English), city names from the time-zone database; demonyms are derived from
 * the state names by the regular English endings, with the irregular ones listed; capitals (used as metonyms, "Kyiv
 * said") have no source in the JDK and are listed.
 */
final class Places {

    private static final Map<String, String> CANONICAL = Map.ofEntries(Map.entry("CD",
            "Democratic Republic of the Congo"), Map.entry("CG", "Republic of the Congo"),
            Map.entry("BA", "Bosnia and Herzegovina"), Map.entry("CI", "Ivory Coast"), Map.entry("MM", "Myanmar"),
            Map.entry("PS", "Palestine"), Map.entry("HK", "Hong Kong"), Map.entry("MO", "Macau"),
            Map.entry("VA", "Vatican"), Map.entry("TR", "Turkey"), Map.entry("CZ", "Czech Republic"),
            Map.entry("XK", "Kosovo"));

    private static final Map<String, List<String>> OTHER_NAMES = Map.ofEntries(
            Map.entry("US", List.of("US", "U.S.", "USA", "U.S.A.", "America", "United States of America")),
            Map.entry("GB", List.of("UK", "U.K.", "Britain", "Great Britain")),
            Map.entry("CD", List.of("DR Congo", "DRC", "Congo-Kinshasa")),
            Map.entry("TR", List.of("Türkiye", "Turkiye")), Map.entry("CZ", List.of("Czechia")),
            Map.entry("RU", List.of("Russian Federation")), Map.entry("MM", List.of("Burma")),
            Map.entry("CI", List.of("Côte d’Ivoire", "Cote d'Ivoire")), Map.entry("KP", List.of("DPRK")),
            Map.entry("AE", List.of("UAE")), Map.entry("NL", List.of("Holland")),
            Map.entry("MK", List.of("North Macedonia")), Map.entry("PS", List.of("Palestinian territories")));

    private static final Map<String, List<String>> CAPITALS = Map.ofEntries(
            Map.entry("UA", List.of("Kyiv", "Kiev")), Map.entry("RU", List.of("Moscow")),
            Map.entry("US", List.of("Washington")), Map.entry("TR", List.of("Ankara")),
            Map.entry("GB", List.of("London")), Map.entry("FR", List.of("Paris")), Map.entry("DE", List.of("Berlin")),
            Map.entry("CN", List.of("Beijing")), Map.entry("JP", List.of("Tokyo")), Map.entry("IN", List.of("New Delhi")),
            Map.entry("PK", List.of("Islamabad")), Map.entry("IR", List.of("Tehran")), Map.entry("SA", List.of("Riyadh")),
            Map.entry("EG", List.of("Cairo")), Map.entry("SY", List.of("Damascus")), Map.entry("IQ", List.of("Baghdad")),
            Map.entry("AF", List.of("Kabul")), Map.entry("AZ", List.of("Baku")), Map.entry("AM", List.of("Yerevan")),
            Map.entry("GE", List.of("Tbilisi")), Map.entry("BY", List.of("Minsk")), Map.entry("PL", List.of("Warsaw")),
            Map.entry("IT", List.of("Rome")), Map.entry("ES", List.of("Madrid")), Map.entry("HU", List.of("Budapest")),
            Map.entry("RO", List.of("Bucharest")), Map.entry("MD", List.of("Chisinau", "Chișinău")),
            Map.entry("RS", List.of("Belgrade")), Map.entry("XK", List.of("Pristina")), Map.entry("QA", List.of("Doha")),
            Map.entry("AE", List.of("Abu Dhabi")), Map.entry("KR", List.of("Seoul")), Map.entry("KP", List.of("Pyongyang")),
            Map.entry("TW", List.of("Taipei")), Map.entry("VE", List.of("Caracas")), Map.entry("CU", List.of("Havana")),
            Map.entry("CA", List.of("Ottawa")), Map.entry("BR", List.of("Brasilia", "Brasília")),
            Map.entry("ZA", List.of("Pretoria")), Map.entry("ET", List.of("Addis Ababa")), Map.entry("RW", List.of("Kigali")),
            Map.entry("CD", List.of("Kinshasa")), Map.entry("LB", List.of("Beirut")), Map.entry("JO", List.of("Amman")),
            Map.entry("KZ", List.of("Astana")), Map.entry("NO", List.of("Oslo")), Map.entry("SE", List.of("Stockholm")),
            Map.entry("FI", List.of("Helsinki")), Map.entry("DK", List.of("Copenhagen")), Map.entry("AT", List.of("Vienna")),
            Map.entry("GR", List.of("Athens")), Map.entry("EE", List.of("Tallinn")), Map.entry("LV", List.of("Riga")),
            Map.entry("LT", List.of("Vilnius")), Map.entry("SK", List.of("Bratislava")), Map.entry("CZ", List.of("Prague")),
            Map.entry("BG", List.of("Sofia")), Map.entry("HR", List.of("Zagreb")), Map.entry("IE", List.of("Dublin")),
            Map.entry("PT", List.of("Lisbon")), Map.entry("KE", List.of("Nairobi")), Map.entry("NG", List.of("Abuja")),
            Map.entry("SD", List.of("Khartoum")), Map.entry("YE", List.of("Sanaa")), Map.entry("TH", List.of("Bangkok")),
            Map.entry("KH", List.of("Phnom Penh")), Map.entry("VN", List.of("Hanoi")), Map.entry("PH", List.of("Manila")),
            Map.entry("ID", List.of("Jakarta")), Map.entry("AU", List.of("Canberra")), Map.entry("IL", List.of("Jerusalem")),
            Map.entry("MX", List.of("Mexico City")), Map.entry("AR", List.of("Buenos Aires")),
            Map.entry("CO", List.of("Bogotá", "Bogota")), Map.entry("TN", List.of("Tunis")), Map.entry("DZ", List.of("Algiers")),
            Map.entry("MA", List.of("Rabat")), Map.entry("OM", List.of("Muscat")), Map.entry("NL", List.of("The Hague")));

    private static final Map<String, String> IRREGULAR_DEMONYMS = Map.ofEntries(Map.entry("French", "FR"),
            Map.entry("German", "DE"), Map.entry("British", "GB"), Map.entry("English", "GB"), Map.entry("Scottish", "GB"),
            Map.entry("Welsh", "GB"), Map.entry("Turkish", "TR"), Map.entry("American", "US"), Map.entry("Dutch", "NL"),
            Map.entry("Swiss", "CH"), Map.entry("Swedish", "SE"), Map.entry("Danish", "DK"), Map.entry("Finnish", "FI"),
            Map.entry("Polish", "PL"), Map.entry("Spanish", "ES"), Map.entry("Irish", "IE"), Map.entry("Greek", "GR"),
            Map.entry("Chinese", "CN"), Map.entry("Thai", "TH"), Map.entry("Filipino", "PH"), Map.entry("Saudi", "SA"),
            Map.entry("Emirati", "AE"), Map.entry("Afghan", "AF"), Map.entry("Kazakh", "KZ"), Map.entry("Uzbek", "UZ"),
            Map.entry("Belarusian", "BY"), Map.entry("Czech", "CZ"), Map.entry("Slovak", "SK"),
            Map.entry("Norwegian", "NO"), Map.entry("Icelandic", "IS"), Map.entry("Congolese", "CD"),
            Map.entry("Ivorian", "CI"), Map.entry("Portuguese", "PT"), Map.entry("Lebanese", "LB"),
            Map.entry("Sudanese", "SD"), Map.entry("Vietnamese", "VN"), Map.entry("Japanese", "JP"),
            Map.entry("Kosovar", "XK"), Map.entry("Palestinian", "PS"), Map.entry("Israeli", "IL"),
            Map.entry("Kyrgyz", "KG"), Map.entry("Tajik", "TJ"), Map.entry("Turkmen", "TM"), Map.entry("Croatian", "HR"),
            Map.entry("Serbian", "RS"), Map.entry("Bosnian", "BA"), Map.entry("Peruvian", "PE"), Map.entry("Malian", "ML"),
            Map.entry("Nigerien", "NE"), Map.entry("Yemeni", "YE"), Map.entry("Iraqi", "IQ"), Map.entry("Kuwaiti", "KW"),
            Map.entry("Qatari", "QA"), Map.entry("Omani", "OM"), Map.entry("Bahraini", "BH"), Map.entry("Pakistani", "PK"),
            Map.entry("Bangladeshi", "BD"), Map.entry("Azerbaijani", "AZ"), Map.entry("Azeri", "AZ"),
            Map.entry("Ukrainian", "UA"), Map.entry("Nigerian", "NG"), Map.entry("Indian", "IN"), Map.entry("Russian", "RU"), Map.entry("Soviet", "RU"));

    private static final Places INSTANCE = new Places();

    private final Map<String, String> stateCodeByName = new HashMap<>();
    private final Map<String, String> stateCodeByCapital = new HashMap<>();
    private final Map<String, String> stateCodeByDemonym = new HashMap<>();
    private final Map<String, String> nameByCode = new HashMap<>();
    private final Set<String> cities = new HashSet<>();
    private int longestName;

    private Places() {
        Set<String> codes = new HashSet<>(Set.of(Locale.getISOCountries()));
        codes.add("XK");
        for (String code : codes) {
            String display = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
            String name = CANONICAL.getOrDefault(code, display);
            nameByCode.put(code, name);
            addName(name, code);
            if (!display.contains(" - ") && !display.contains("(") && !display.contains("&")) {
                addName(display, code);
            }
            OTHER_NAMES.getOrDefault(code, List.of()).forEach(other -> addName(other, code));
        }
        CAPITALS.forEach((code, capitals) -> capitals.forEach(capital -> {
            stateCodeByCapital.put(capital, code);
            longestName = Math.max(longestName, capital.split(" ").length);
        }));
        for (String code : codes) {
            for (String name : List.of(nameByCode.get(code))) {
                deriveDemonyms(name).forEach(demonym -> stateCodeByDemonym.putIfAbsent(demonym, code));
            }
        }
        stateCodeByDemonym.putAll(IRREGULAR_DEMONYMS);
        for (String zone : ZoneId.getAvailableZoneIds()) {
            int slash = zone.lastIndexOf('/');
            if (slash > 0) {
                cities.add(zone.substring(slash + 1).replace('_', ' '));
            }
        }
    }

    /** The shared instance; building it reads the JDK's lists once. */
    static Places get() {
        return INSTANCE;
    }

    private void addName(String name, String code) {
        stateCodeByName.put(name, code);
        if (name.startsWith("The ")) {
            stateCodeByName.put(name.substring(4), code);
        }
        longestName = Math.max(longestName, name.split(" ").length);
    }

    private static List<String> deriveDemonyms(String name) {
        if (name.contains(" ") && !name.startsWith("South ") && !name.startsWith("North ")) {
            return List.of();
        }
        String stem1 = name.substring(0, name.length() - 1);
        char last = name.charAt(name.length() - 1);
        return switch (last) {
            case 'a' -> List.of(name + "n", stem1 + "ian", stem1 + "an", stem1 + "ese");
            case 'e' -> List.of(stem1 + "ian", stem1 + "an", name + "se");
            case 'y' -> List.of(stem1 + "ian", stem1 + "ish", stem1 + "an");
            case 'o' -> List.of(stem1 + "an", name + "an");
            case 'n' -> List.of(name + "i", name + "ese", name + "ian");
            case 'l' -> List.of(name + "i", name + "ian");
            case 'q', 'k', 'r', 't', 'm', 's' -> List.of(name + "i", name + "ian", name + "ese");
            default -> List.of(name + "ian", name + "i");
        };
    }

    /** How many words the longest state or capital name has. */
    int longestName() {
        return longestName;
    }

    /** The ISO code of the state a name, short name or capital names. */
    Optional<String> state(String words) {
        String code = stateCodeByName.get(words);
        return Optional.ofNullable(code != null ? code : stateCodeByCapital.get(words));
    }

    /** Whether the words are a capital (as opposed to the state's own name). */
    boolean isCapital(String words) {
        return stateCodeByCapital.containsKey(words) && !stateCodeByName.containsKey(words);
    }

    /** The ISO code of the state a demonym ("Ukrainian", "Azerbaijani", "French") belongs to. */
    Optional<String> demonym(String word) {
        return Optional.ofNullable(stateCodeByDemonym.get(word));
    }

    /** The canonical English name of a state code. */
    String name(String code) {
        return nameByCode.getOrDefault(code, code);
    }

    /** Whether the words name a city in the time-zone database or a capital. */
    boolean isCity(String words) {
        return cities.contains(words) || stateCodeByCapital.containsKey(words);
    }
}
