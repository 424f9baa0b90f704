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
    /** The key of a lead list that comes back edited: stable across workspaces and backups (ADR 0027). */
    SPOTIFY_ID("Spotify track id"), NOTES("Notes"), CONTACT_NAME("Contact name"), CONTACT_EMAIL("Contact e-mail"),
    CONTACT_INSTAGRAM("Contact Instagram"),
    /** What the lead's stage, notes, tags and contact were at the export, so a re-import can tell who changed what. */
    LEAD_CHECK("Lead check"),
    /** Where an enriched value came from and how many days ago it was fetched (its field provenance). */
    ISRC_SOURCE("ISRC source"), ISRC_AGE("ISRC age (days)"), LABEL_SOURCE("Label source"),
    LABEL_AGE("Label age (days)"), RELEASE_DATE_SOURCE("Release date source"),
    RELEASE_DATE_AGE("Release date age (days)"), STREAMS_SOURCE("Spotify streams source"),
    STREAMS_AGE("Spotify streams age (days)"), PUBLISHER_SOURCE("Publisher source"),
    PUBLISHER_AGE("Publisher age (days)"),
    /** Only with one row per appearance. */
    WEEK("Week"), PLAYLIST("Playlist"), POSITION("Position"), ADDED_AT("Added at");

    /** The lead list's columns when none are chosen. */
    public static final List<ExportColumn> DEFAULT_TRACK = List.of(SCORE, TRACK, ARTISTS, ISRC, LABEL, STREAMS,
            PUBLISHER_STATUS, PUBLISHER, SONGWRITERS, TAGS, STAGE, SPOTIFY_URL, FIRST_SEEN);
    /** The history's columns when none are chosen. */
    public static final List<ExportColumn> DEFAULT_ENTRY = List.of(WEEK, PLAYLIST, POSITION, SCORE, TRACK, ARTISTS,
            ISRC, LABEL, STREAMS, PUBLISHER_STATUS, SPOTIFY_URL, ADDED_AT);

    /** The columns a lead list needs to come back edited (scoutdesk leads export; ADR 0027). */
    public static final List<ExportColumn> LEAD_LIST = List.of(SPOTIFY_ID, TRACK, ARTISTS, SCORE, LABEL,
            LABEL_SOURCE, LABEL_AGE, STREAMS, STREAMS_SOURCE, STREAMS_AGE, PUBLISHER_STATUS, STAGE, TAGS, NOTES,
            CONTACT_NAME, CONTACT_EMAIL, CONTACT_INSTAGRAM, LEAD_CHECK);

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

    /** The provenance field of an enriched value's source or age column; empty for other columns. */
    public Optional<String> provenanceField() {
        return Optional.ofNullable(switch (this) {
            case ISRC_SOURCE, ISRC_AGE -> "isrc";
            case LABEL_SOURCE, LABEL_AGE -> "label";
            case RELEASE_DATE_SOURCE, RELEASE_DATE_AGE -> "release_date";
            case STREAMS_SOURCE, STREAMS_AGE -> "spotify_streams";
            case PUBLISHER_SOURCE, PUBLISHER_AGE -> "publisher_name";
            default -> null;
        });
    }

    /** Whether the column is an enriched value's age in days (else, with a provenance field, its source). */
    public boolean isAge() {
        return provenanceField().isPresent() && name().endsWith("_AGE");
    }

    /** Whether the column needs the lead's own data (notes, contact, the check) beyond the track's row. */
    boolean needsLeadCells() {
        return this == NOTES || this == CONTACT_NAME || this == CONTACT_EMAIL || this == CONTACT_INSTAGRAM
                || this == LEAD_CHECK || provenanceField().isPresent();
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
