package com.scoutdesk.service;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** A column a scout can choose for a CSV lead list, with its header. */
public enum ExportColumn {
    SCORE("Unsigned score"), TRACK("Track"), ARTISTS("Artists"), ALBUM("Album"), ISRC("ISRC"),
    SPOTIFY_URL("Spotify URL"), LABEL("Label"), RELEASE_DATE("Release date"), STREAMS("Spotify streams"),
    PUBLISHER_STATUS("Publisher status"), PUBLISHER("Publisher"), SONGWRITERS("Songwriters"), STAGE("Stage"),
    TAGS("Tags"), FIRST_SEEN("First seen"),
    /** Only with one row per appearance. */
    WEEK("Week"), PLAYLIST("Playlist"), POSITION("Position"), ADDED_AT("Added at");

    /** The lead list's columns when none are chosen. */
    public static final List<ExportColumn> DEFAULT_TRACK = List.of(SCORE, TRACK, ARTISTS, ISRC, LABEL, STREAMS,
            PUBLISHER_STATUS, PUBLISHER, SONGWRITERS, TAGS, STAGE, SPOTIFY_URL, FIRST_SEEN);
    /** The history's columns when none are chosen. */
    public static final List<ExportColumn> DEFAULT_ENTRY = List.of(WEEK, PLAYLIST, POSITION, SCORE, TRACK, ARTISTS,
            ISRC, LABEL, STREAMS, PUBLISHER_STATUS, SPOTIFY_URL, ADDED_AT);

    private final String header;

    ExportColumn(String header) {
        this.header = header;
    }

    public String header() {
        return header;
    }

    public boolean perAppearance() {
        return this == WEEK || this == PLAYLIST || this == POSITION || this == ADDED_AT;
    }

    /** Parses a column name as typed on the command line: {@code spotify-url}, {@code SPOTIFY_URL}, ... */
    public static Optional<ExportColumn> fromName(String name) {
        String normal = name.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(values()).filter(c -> c.name().equals(normal)).findFirst();
    }

    public static String names() {
        return Arrays.stream(values()).map(c -> c.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .collect(Collectors.joining(", "));
    }
}
