package com.scoutdesk.enrichment.stages;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The name lists behind {@link PublisherClassifier}: the majors' publishing arms, and the words a writer's own
 * company adds to the writer's name.
 *
 * <p>Majors, as they appear at The MLC (publishers, administrators and parents): Sony Music Publishing with the
 * Sony/ATV and EMI catalogues it bought (EMI April, EMI Blackwood ...), Universal Music Publishing Group with its
 * "Songs Of Universal", "Universal Music Corp." and PolyGram companies, and Warner Chappell with Warner-Tamerlane,
 * WB Music, Chappell &amp; Co. and Unichappell. Kobalt, BMG, Concord, Downtown and Reservoir are large but
 * independent, so they are not majors here.
 */
final class PublisherNames {

    /** Phrases matched on whole words of a normalised name. */
    static final List<String> MAJORS = List.of(
            "sony music publishing", "sony atv", "sony music", "emi",
            "universal music", "songs of universal", "umpg", "polygram",
            "warner chappell", "warner tamerlane", "wb music", "chappell and co", "unichappell", "warner music");

    /** Words a writer's own company adds to the writer's name: "Mara Vell Music LLC", "Songs Of Vell". */
    static final Set<String> COMPANY_WORDS = Set.of("music", "musics", "publishing", "publ", "pub", "publishers",
            "songs", "song", "of", "the", "by", "and", "llc", "inc", "ltd", "limited", "co", "corp", "gmbh",
            "ascap", "bmi", "sesac", "gmr", "prs", "productions", "entertainment", "works", "catalog");

    private PublisherNames() {
    }

    /** Lower case, accents and punctuation gone, "&amp;" as "and", single spaces: "Sony/ATV" is "sony atv". */
    static String normalise(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replace("&", " and ").replaceAll("[^a-z0-9]+", " ").strip();
    }

    static boolean isMajor(String name) {
        String words = " " + normalise(name) + " ";
        return MAJORS.stream().anyMatch(major -> words.contains(" " + major + " "));
    }

    /** The name without the company words: "Songs Of Mara Vell LLC" is "mara vell". */
    static String core(String name) {
        return String.join(" ", List.of(normalise(name).split(" ")).stream()
                .filter(w -> !w.isEmpty() && !COMPANY_WORDS.contains(w)).toList());
    }
}
