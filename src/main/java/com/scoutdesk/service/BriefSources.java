package com.scoutdesk.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Says where a fact of an outreach brief came from, cheaply: "from The MLC, 2026-11-20", "set by you, ...". */
final class BriefSources {

    private static final Map<String, String> NAMES = Map.of("spotify-api", "the Spotify Web API", "webplayer",
            "the Spotify web player", "mlc", "The MLC", "musicbrainz", "MusicBrainz", "chartmetric", "Chartmetric",
            "youtube", "YouTube", "audit-csv", "a Spotify metadata audit", "sample", "the sample workspace");

    private BriefSources() {
    }

    /** " (from The MLC, 2026-11-20)"; empty when nothing was recorded of the value's origin. */
    static String of(Optional<FieldSource> source) {
        return source.map(s -> s.manualOverride() || FieldSource.MANUAL.equals(s.source())
                ? " (set by you" + on(s.fetchedAt()) + ")"
                : " (from " + name(s.source()) + date(s.fetchedAt()) + ")").orElse("");
    }

    /** " (from MusicBrainz, 2026-11-20)" for a person's links; empty when their origin is not recorded. */
    static String of(String source, Instant at) {
        return source == null ? "" : " (from " + name(source) + date(at) + ")";
    }

    static String name(String source) {
        return NAMES.getOrDefault(source, source);
    }

    static String day(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC).toString();
    }

    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static String date(Instant at) {
        return at == null ? "" : ", " + day(at);
    }

    private static String on(Instant at) {
        return at == null ? "" : " on " + day(at);
    }
}
