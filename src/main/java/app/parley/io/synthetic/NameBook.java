package app.parley.io.synthetic;

import app.parley.model.Side;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** The words synthetic datasets are made of: people's names by camp (diacritics included), states, bodies, cities. */
final class NameBook {

    /** Given names and surnames of one camp, with how a surname reads for a woman. */
    private record People(List<String> men, List<String> women, List<String> surnames, Feminine feminine) {
    }

    /** Turns a surname into its feminine form where the language has one. */
    @FunctionalInterface
    private interface Feminine {
        String of(String surname);
    }

    /**
     * A state with its camp, the adjective of its people and its capital.
     *
     * @param name      the state's name
     * @param side      the camp it belongs to
     * @param adjective "Ukrainian", "Turkish"
     * @param capital   its capital city
     */
    record State(String name, Side side, String adjective, String capital) {
    }

    private static final Map<Side, People> PEOPLE = new HashMap<>();

    static {
        PEOPLE.put(Side.UKRAINE, new People(
                List.of("Oleksandr", "Andrii", "Mykhailo", "Taras", "Dmytro", "Serhii", "Bohdan", "Vasyl", "Yaroslav",
                        "Ihor", "Oleh", "Yurii"),
                List.of("Olena", "Iryna", "Yuliia", "Oksana", "Kateryna", "Halyna", "Nataliia", "Liudmyla", "Solomiia",
                        "Tetiana", "Mariia", "Zoriana"),
                List.of("Kovalenko", "Shevchenko", "Bondarenko", "Tkachenko", "Kravchenko", "Melnyk", "Oliinyk",
                        "Lysenko", "Moroz", "Savchenko", "Rudenko", "Marchenko", "Hrytsenko", "Pavlenko", "Zhuk",
                        "Koval", "Sydorenko", "Honcharuk"),
                surname -> surname));
        PEOPLE.put(Side.RUSSIA, new People(
                List.of("Dmitry", "Sergei", "Nikolai", "Alexei", "Mikhail", "Vladimir", "Pyotr", "Yuri", "Konstantin",
                        "Grigory", "Fyodor", "Artyom"),
                List.of("Anna", "Yelena", "Tatiana", "Svetlana", "Olga", "Natalia", "Irina", "Galina", "Yekaterina",
                        "Lyudmila", "Vera", "Darya"),
                List.of("Sokolov", "Volkov", "Kuznetsov", "Popov", "Lebedev", "Kozlov", "Novikov", "Morozov", "Petrov",
                        "Orlov", "Zaitsev", "Belov", "Gusev", "Pavlov", "Semyonov", "Yegorov", "Vinogradov",
                        "Bogdanov"),
                NameBook::russianFeminine));
        PEOPLE.put(Side.TURKEY, new People(
                List.of("Mehmet", "Mustafa", "Emre", "Hakan", "Burak", "İsmail", "Oğuz", "Çağlar", "Serkan", "Ümit",
                        "Kerem", "Tuğrul"),
                List.of("Ayşe", "Zeynep", "Elif", "Özlem", "Şule", "Gülşen", "Merve", "Derya", "Büşra", "İpek",
                        "Nilüfer", "Ebru"),
                List.of("Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Öztürk", "Aydın", "Arslan", "Doğan",
                        "Kılıç", "Aslan", "Çetin", "Koç", "Kurt", "Özdemir", "Erdem", "Güneş"),
                surname -> surname));
        PEOPLE.put(Side.UNITED_STATES, new People(
                List.of("James", "Robert", "Michael", "David", "William", "Thomas", "Daniel", "Joseph", "Charles",
                        "Christopher", "Matthew", "Andrew"),
                List.of("Mary", "Patricia", "Jennifer", "Linda", "Elizabeth", "Susan", "Karen", "Sarah", "Jessica",
                        "Nancy", "Margaret", "Emily"),
                List.of("Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez",
                        "Martinez", "Anderson", "Taylor", "Moore", "Jackson", "Harris", "Clark", "Lewis", "Walker"),
                surname -> surname));
        PEOPLE.put(Side.EUROPE_NATO, new People(
                List.of("Łukasz", "François", "Jürgen", "Søren", "Jiří", "Björn", "João", "Sébastien", "Jörg", "Mátyás",
                        "Piotr", "Luca", "Mikko", "Tomás", "Kristjan", "Václav"),
                List.of("Małgorzata", "Hélène", "Åsa", "Zuzana", "Agnieszka", "Inês", "Chloé", "Élodie", "Dóra", "Käthe",
                        "Giulia", "Aino", "Ingrid", "Liesbeth", "Ilze", "Birutė"),
                List.of("Wójcik", "Kowalski", "Müller", "Schäfer", "Dubois", "Lefèvre", "Nørgaard", "Åberg", "Dvořák",
                        "Novák", "Horváth", "Gonçalves", "Esposito", "García", "Lindqvist", "Peeters", "Virtanen",
                        "Kalniņš", "Brunner", "O’Sullivan", "Jansen", "Tamm"),
                NameBook::polishFeminine));
        PEOPLE.put(Side.OTHER, new People(
                List.of("Ahmed", "Wei", "Hiroshi", "Arjun", "Kwame", "Omar", "Thabo", "Rafael", "Minh", "Yusuf",
                        "Carlos", "Tariq"),
                List.of("Fatima", "Li", "Sakura", "Priya", "Nomvula", "Aisha", "Ana", "Leila", "Mei", "Amara",
                        "Lucía", "Thảo"),
                List.of("Khan", "Wang", "Tanaka", "Sharma", "Mbeki", "Osei", "Nguyễn", "Haddad", "Silva", "Santos",
                        "Okafor", "Rahman", "Zhang", "Kim", "Suzuki", "Mensah", "Al-Farsi", "Pérez"),
                surname -> surname));
    }

    /** The states, roughly by how often such coverage names them. */
    static final List<State> STATES = List.of(
            new State("Ukraine", Side.UKRAINE, "Ukrainian", "Kyiv"),
            new State("Russia", Side.RUSSIA, "Russian", "Moscow"),
            new State("Turkey", Side.TURKEY, "Turkish", "Ankara"),
            new State("United States", Side.UNITED_STATES, "American", "Washington"),
            new State("France", Side.EUROPE_NATO, "French", "Paris"),
            new State("Germany", Side.EUROPE_NATO, "German", "Berlin"),
            new State("United Kingdom", Side.EUROPE_NATO, "British", "London"),
            new State("Poland", Side.EUROPE_NATO, "Polish", "Warsaw"),
            new State("Belarus", Side.RUSSIA, "Belarusian", "Minsk"),
            new State("China", Side.OTHER, "Chinese", "Beijing"),
            new State("Saudi Arabia", Side.OTHER, "Saudi", "Riyadh"),
            new State("Qatar", Side.OTHER, "Qatari", "Doha"),
            new State("Italy", Side.EUROPE_NATO, "Italian", "Rome"),
            new State("Finland", Side.EUROPE_NATO, "Finnish", "Helsinki"),
            new State("India", Side.OTHER, "Indian", "New Delhi"),
            new State("Brazil", Side.OTHER, "Brazilian", "Brasília"),
            new State("Switzerland", Side.OTHER, "Swiss", "Bern"),
            new State("Estonia", Side.EUROPE_NATO, "Estonian", "Tallinn"),
            new State("Latvia", Side.EUROPE_NATO, "Latvian", "Rīga"),
            new State("Lithuania", Side.EUROPE_NATO, "Lithuanian", "Vilnius"),
            new State("Czechia", Side.EUROPE_NATO, "Czech", "Prague"),
            new State("United Arab Emirates", Side.OTHER, "Emirati", "Abu Dhabi"),
            new State("Norway", Side.EUROPE_NATO, "Norwegian", "Oslo"),
            new State("Sweden", Side.EUROPE_NATO, "Swedish", "Stockholm"),
            new State("Denmark", Side.EUROPE_NATO, "Danish", "Copenhagen"),
            new State("Romania", Side.EUROPE_NATO, "Romanian", "Bucharest"),
            new State("Hungary", Side.EUROPE_NATO, "Hungarian", "Budapest"),
            new State("Slovakia", Side.EUROPE_NATO, "Slovak", "Bratislava"),
            new State("South Africa", Side.OTHER, "South African", "Pretoria"),
            new State("Kazakhstan", Side.OTHER, "Kazakh", "Astana"),
            new State("Japan", Side.OTHER, "Japanese", "Tokyo"),
            new State("Côte d’Ivoire", Side.OTHER, "Ivorian", "Yamoussoukro"),
            new State("Netherlands", Side.EUROPE_NATO, "Dutch", "Amsterdam"),
            new State("Spain", Side.EUROPE_NATO, "Spanish", "Madrid"),
            new State("Moldova", Side.EUROPE_NATO, "Moldovan", "Chișinău"),
            new State("Georgia", Side.OTHER, "Georgian", "Tbilisi"),
            new State("Azerbaijan", Side.OTHER, "Azerbaijani", "Baku"),
            new State("Vatican City", Side.OTHER, "Vatican", "Vatican City"),
            new State("Iceland", Side.EUROPE_NATO, "Icelandic", "Reykjavík"),
            new State("Mexico", Side.OTHER, "Mexican", "Mexico City"));

    private static final List<String> BODIES = List.of("Institute", "Centre", "Council", "Foundation", "Committee",
            "Agency", "Bureau", "Commission", "Office", "Forum");
    private static final List<String> TOPICS = List.of("Strategic Studies", "Energy Security", "Humanitarian Affairs",
            "Grain Exports", "Nuclear Safety", "Prisoner Exchanges", "Reconstruction", "Maritime Security",
            "Sanctions Policy", "Civil Liberties", "Refugee Relief", "Arms Control", "Regional Dialogue",
            "Media Freedom", "Demining");
    private static final List<String> CITIES = List.of("Istanbul", "Geneva", "Vienna", "Riyadh", "Doha", "Helsinki",
            "Jeddah", "Ankara", "Kyiv", "Moscow", "Brussels", "Warsaw", "Paris", "Berlin", "Rome", "Abu Dhabi", "Oslo",
            "Bern", "Tallinn", "Vilnius", "Bratislava", "Bucharest", "Beijing", "New Delhi", "Brasília", "Pretoria",
            "Washington", "London", "Kraków", "Zürich", "Dolmabahçe", "Gdańsk", "Malmö", "Łódź", "Plovdiv");
    private static final List<String> PUBLISHERS = List.of("Wire Service", "Daily Ledger", "Evening Courier",
            "Global Dispatch", "Baltic Review", "Black Sea Times", "Continental Post", "Frontline Observer");

    private NameBook() {
    }

    /** A person of a camp: a given name and a surname that agree in gender. */
    static String person(Side side, SplittableRandom random) {
        People people = PEOPLE.get(side);
        boolean woman = random.nextBoolean();
        String given = pick(woman ? people.women() : people.men(), random);
        String surname = pick(people.surnames(), random);
        return given + " " + (woman ? people.feminine().of(surname) : surname);
    }

    /** An organization of a camp, such as "Kyiv Centre for Energy Security". */
    static String organization(String place, SplittableRandom random) {
        return place + " " + pick(BODIES, random) + " for " + pick(TOPICS, random);
    }

    /** The initials of an organization's name, such as "KCES". */
    static String initials(String name) {
        StringBuilder out = new StringBuilder();
        for (String word : name.split(" ")) {
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
                out.append(word.charAt(0));
            }
        }
        return out.toString();
    }

    /** A city where talks and meetings take place. */
    static String city(SplittableRandom random) {
        return pick(CITIES, random);
    }

    /** A topic of talks. */
    static String topic(SplittableRandom random) {
        return pick(TOPICS, random).toLowerCase(java.util.Locale.ROOT);
    }

    /** A news outlet. */
    static String publisher(SplittableRandom random) {
        return pick(PUBLISHERS, random);
    }

    /** One element of a list, uniformly. */
    static <T> T pick(List<T> items, SplittableRandom random) {
        return items.get(random.nextInt(items.size()));
    }

    private static String russianFeminine(String surname) {
        return surname.endsWith("ov") || surname.endsWith("ev") || surname.endsWith("in") ? surname + "a" : surname;
    }

    private static String polishFeminine(String surname) {
        return surname.endsWith("ski") ? surname.substring(0, surname.length() - 1) + "a" : surname;
    }
}
