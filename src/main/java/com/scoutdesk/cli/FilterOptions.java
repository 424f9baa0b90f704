package com.scoutdesk.cli;

import com.scoutdesk.model.Week;
import com.scoutdesk.service.Completeness;
import com.scoutdesk.service.PlaylistOption;
import com.scoutdesk.service.TrackFilter;
import com.scoutdesk.service.TrackQueryService;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** The dashboard's filters as command-line options, shared by {@code tracks} and {@code export}. */
public final class FilterOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--week", paramLabel = "DATE", description = "Tracking week containing this date (YYYY-MM-DD).")
    LocalDate week;

    @Option(names = "--playlist", paramLabel = "ID",
            description = "Playlist: Spotify link, Spotify id, or the number `playlists list` shows.")
    String playlist;

    @Option(names = "--tag", description = "Tracks with this tag.")
    String tag;

    @Option(names = "--search", paramLabel = "TEXT", description = "Text in the track or artist name.")
    String search;

    @Option(names = "--min-score", paramLabel = "N", description = "Lowest unsigned score, 0-10.")
    Double minScore;

    @Option(names = "--max-score", paramLabel = "N", description = "Highest unsigned score, 0-10.")
    Double maxScore;

    @Option(names = "--has", split = ",", paramLabel = "PART",
            description = "Must have: isrc, credits, publisher, songwriter.")
    List<String> has = List.of();

    @Option(names = "--missing", split = ",", paramLabel = "PART",
            description = "Must lack: isrc, credits, publisher, songwriter.")
    List<String> missing = List.of();

    /** Checks the options that need no workspace; {@link #toFilter} checks them too. */
    void checkOptions() {
        completeness();
    }

    TrackFilter toFilter(TrackQueryService tracks) {
        TrackFilter filter = TrackFilter.all().withSearch(search).withTag(tag).withScoreRange(minScore, maxScore)
                .withCompleteness(completeness());
        if (week != null) {
            filter = filter.withWeek(Week.containing(week.atStartOfDay().toInstant(ZoneOffset.UTC)));
        }
        if (playlist != null) {
            filter = filter.withPlaylist(resolvePlaylist(tracks.playlists()));
        }
        return filter;
    }

    private Map<Completeness, Boolean> completeness() {
        checkScore("--min-score", minScore);
        checkScore("--max-score", maxScore);
        if (minScore != null && maxScore != null && minScore > maxScore) {
            throw usage("--min-score " + minScore + " is above --max-score " + maxScore + ".");
        }
        Map<Completeness, Boolean> parts = new EnumMap<>(Completeness.class);
        has.forEach(p -> parts.put(part(p, "--has"), true));
        for (String p : missing) {
            if (parts.put(part(p, "--missing"), false) != null) {
                throw usage("'" + p + "' is given both in --has and in --missing; keep one.");
            }
        }
        return parts;
    }

    private long resolvePlaylist(List<PlaylistOption> playlists) {
        try {
            return PlaylistArgument.resolve(playlist, playlists);
        } catch (IllegalArgumentException e) {
            throw usage("--playlist: " + e.getMessage());
        }
    }

    private Completeness part(String name, String option) {
        try {
            return Completeness.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw usage(option + ": '" + name + "' is not one of isrc, credits, publisher, songwriter.");
        }
    }

    private void checkScore(String option, Double value) {
        if (value != null && (value.isNaN() || value < 0 || value > 10)) {
            throw usage(option + " must be between 0 and 10, not " + value + ".");
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
