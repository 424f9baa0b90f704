package com.scoutdesk.enrichment.stages;

import com.scoutdesk.integration.mlc.MlcClient;
import com.scoutdesk.integration.mlc.MlcWork;
import com.scoutdesk.integration.mlc.MlcWorkMatch;
import com.scoutdesk.integration.mlc.MlcWriterQuery;
import com.scoutdesk.model.CreditRole;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds a work at The MLC by the track's title and its songwriters, when no recording is matched to the ISRC. Only a
 * work whose title is the track's (ignoring case, punctuation and "(feat. ...)", "- Remastered" and the like) is
 * taken, so a search that returns the writers' other songs finds nothing rather than the wrong work.
 */
final class MlcWorkSearch {

    // "(feat. X)", "[Remix]", "- Radio Edit", "- 2024 Remaster": what Spotify adds to a title that the work lacks.
    private static final Pattern VERSION = Pattern.compile(
            "\\s*([(\\[](feat\\.?|ft\\.?|with|prod\\.?)\\s[^)\\]]*[)\\]]"
                    + "|[(\\[][^)\\]]*(remix|mix|edit|version|remaster(ed)?|live|acoustic|demo)[^)\\]]*[)\\]]"
                    + "|\\s-\\s.*(remix|mix|edit|version|remaster(ed)?|live|acoustic|demo).*$)",
            Pattern.CASE_INSENSITIVE);

    private final MlcClient client;

    MlcWorkSearch(MlcClient client) {
        this.client = client;
    }

    /** The work, or empty when there is no writer to search by or no work of that title. */
    Optional<MlcWork> byTitleAndWriters(String trackTitle, List<String> writerNames) {
        String title = workTitle(trackTitle);
        if (title.isEmpty() || writerNames.isEmpty()) {
            return Optional.empty();
        }
        List<MlcWriterQuery> writers = writerNames.stream().map(MlcWriterQuery::ofName).toList();
        String wanted = comparable(title);
        return client.searchWorks(title, writers).stream()
                .filter(m -> m.title() != null && comparable(m.title()).equals(wanted))
                .map(MlcWorkMatch::songCode)
                .findFirst()
                .flatMap(client::work);
    }

    /** The title a work is registered under: the track's without what versions and features add. */
    static String workTitle(String trackTitle) {
        return trackTitle == null ? "" : VERSION.matcher(trackTitle).replaceAll("").strip();
    }

    /** "MARA VELL" as "Mara Vell": The MLC registers names in capitals, the other sources do not. */
    static String displayName(String name) {
        if (!name.equals(name.toUpperCase(Locale.ROOT))) {
            return name;
        }
        StringBuilder out = new StringBuilder(name.length());
        boolean start = true;
        for (char c : name.toLowerCase(Locale.ROOT).toCharArray()) {
            out.append(start ? Character.toUpperCase(c) : c);
            start = !Character.isLetter(c) && c != '\'';
        }
        return out.toString();
    }

    /** CISAC writer roles: C composer, A author (lyricist), CA both and the rest are the song's writers. */
    static CreditRole role(String code) {
        String c = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        switch (c) {
            case "C":
                return CreditRole.COMPOSER;
            case "A":
                return CreditRole.LYRICIST;
            default:
                return CreditRole.WRITER;
        }
    }

    private static String comparable(String title) {
        return workTitle(title).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
