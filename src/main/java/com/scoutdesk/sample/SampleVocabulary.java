package com.scoutdesk.sample;

import java.util.List;
import java.util.random.RandomGenerator;

/** Word lists for generated names: realistic in shape, invented in content. */
final class SampleVocabulary {

    static final List<String> FIRST = List.of("Mara", "Juno", "Theo", "Ines", "Kofi", "Lena", "Arlo", "Noor", "Sami",
            "Ivy", "Cass", "Remi", "Ola", "Finn", "Zara", "Milo", "Ada", "Luca", "Nia", "Jonah", "Elif", "Rafa",
            "Sol", "Maeve", "Tobi", "Yara", "Kai", "Hana", "Otis", "Léa", "Björn", "Ayo", "Freya", "Dara", "Ren",
            "Mateo", "Aiko", "Sade", "Emeka", "Chloé");
    static final List<String> LAST = List.of("Vell", "Okafor", "Lindqvist", "Marlow", "Adeyemi", "Castellano",
            "Reyes", "Nakamura", "Holm", "Byrne", "Moreau", "Kaur", "Novak", "Fontaine", "Osei", "Kowalski", "Quinn",
            "Haddad", "Sørensen", "Varga", "Mbeki", "Delacroix", "Park", "Lund", "Ferreira", "Ng", "Abara", "Weiss",
            "Oyelaran", "Ricci", "Ångström", "Mendes");
    static final List<String> STAGE = List.of("Paper Lanterns", "Velvet Static", "Northbound", "Glass Harbor",
            "Soft Machines", "Moth & Ember", "Lowlight", "Coral Youth", "Neon Parish", "The Quiet Year", "Saltwater",
            "Honey Rider", "Tidepool", "Midnight Arcade", "Little Comet", "Blue Orchard");
    static final List<String> WORDS_A = List.of("Neon", "Paper", "Golden", "Quiet", "Electric", "Slow", "Broken",
            "Silver", "Wild", "Hollow", "Sunday", "Violet", "Lucid", "Faded", "Tender", "Restless", "Cold", "Honey",
            "Falling", "Ordinary");
    static final List<String> WORDS_B = List.of("Hearts", "Summer", "Signals", "Rooms", "Waves", "Lights", "Motel",
            "Gardens", "Ghosts", "Letters", "Roads", "Mirrors", "Fever", "Skylines", "Static", "Secrets", "Tides",
            "Echoes", "Bruises", "Weather");
    static final List<String> MAJOR = List.of("Columbia", "RCA Records", "Atlantic Records", "Interscope Records",
            "Island Records", "Capitol Records", "Republic Records", "Polydor Records", "Epic Records");
    static final List<String> MAJOR_DISTRIBUTED = List.of("Ultra Records", "Caroline", "Virgin Music", "The Orchard",
            "Ingrooves", "AWAL Recordings");
    static final List<String> INDIE = List.of("Sub Pop", "Secretly Canadian", "Ninja Tune", "Domino Recording Co.",
            "XL Recordings", "Partisan Records", "Dirty Hit", "Jagjaguwar", "Mom+Pop Music", "Ghostly International");
    static final List<String> DIY = List.of("DistroKid", "TuneCore", "CD Baby", "Amuse", "UnitedMasters",
            "Ditto Music", "RouteNote");
    static final List<String> PUBLISHERS_MAJOR = List.of("Sony Music Publishing", "Universal Music Publishing Group",
            "Warner Chappell Music");
    static final List<String> PUBLISHERS_INDIE = List.of("Kobalt Music", "BMG Rights Management", "Concord Music",
            "Big Deal Music", "Reservoir Media");
    static final List<String> ISRC_COUNTRIES = List.of("US", "GB", "SE", "DE", "NG", "AU", "CA", "FR", "QZ", "NL");
    static final List<String> TAGS = List.of("hot", "follow up", "shortlist", "needs credits", "tiktok buzz",
            "passed");

    private SampleVocabulary() {
    }

    static <T> T pick(RandomGenerator random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    static String personName(RandomGenerator random) {
        return pick(random, FIRST) + " " + pick(random, LAST);
    }

    static String title(RandomGenerator random) {
        int form = random.nextInt(4);
        String a = pick(random, WORDS_A);
        String b = pick(random, WORDS_B);
        return switch (form) {
            case 0 -> a + " " + b;
            case 1 -> b;
            case 2 -> a + " " + b + " (feat. " + pick(random, FIRST) + ")";
            default -> "The " + a + " " + b;
        };
    }
}
