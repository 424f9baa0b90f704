package com.scoutdesk.integration.youtube;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which search result is the track's video. The rule: the first result, in YouTube's order of relevance, whose title
 * contains the track's title, and whose title or channel name contains the lead artist's name. Both are compared as
 * whole words after folding case, accents, punctuation and HTML escapes; the track's title is cut to its core first
 * (without "(feat. ...)", "[Remastered]" or " - Radio Edit"), since video titles rarely carry those. The channel
 * catches "Official Video" uploads titled by the song alone and the auto-generated "Artist - Topic" channels. No
 * result meeting both means no video: a cover, a reaction or another song of the artist is never taken for it.
 */
final class SearchMatch {

    private static final Pattern BRACKETS = Pattern.compile("\\([^)]*\\)|\\[[^]]*]");
    private static final Pattern SUFFIX = Pattern.compile(
            "\\s+(-|–|—)\\s+.*$|\\s+(feat\\.?|ft\\.?|featuring)\\s+.*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private SearchMatch() {
    }

    /** The first hit that is the track's video, if any. */
    static Optional<SearchHit> best(List<SearchHit> hits, String title, String artist) {
        String wantedTitle = words(core(title));
        String wantedArtist = words(artist);
        if (wantedTitle.isEmpty() || wantedArtist.isEmpty()) {
            return Optional.empty();
        }
        return hits.stream().filter(hit -> {
            String videoTitle = words(hit.title());
            return contains(videoTitle, wantedTitle)
                    && (contains(videoTitle, wantedArtist) || contains(words(hit.channelTitle()), wantedArtist));
        }).findFirst();
    }

    /** The title without what video titles rarely repeat; the whole title when nothing would be left. */
    static String core(String title) {
        String core = SUFFIX.matcher(BRACKETS.matcher(title).replaceAll(" ")).replaceAll("").strip();
        return core.isEmpty() ? title : core;
    }

    /** Lower-case words without accents or punctuation, single-spaced; HTML escapes read as their characters. */
    static String words(String text) {
        String unescaped = text.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&amp;", "&");
        String folded = MARKS.matcher(Normalizer.normalize(unescaped, Normalizer.Form.NFD)).replaceAll("");
        // An apostrophe joins its word ("don't" is "dont"), anything else separates words.
        folded = folded.replace("'", "").replace("’", "");
        return NOT_WORD.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    private static boolean contains(String haystack, String needle) {
        return (" " + haystack + " ").contains(" " + needle + " ");
    }
}
