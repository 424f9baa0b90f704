package com.scoutdesk.scoring;

import com.scoutdesk.model.PublisherStatus;

import java.util.List;

/**
 * The facts the unsigned score reads about one track.
 *
 * <p><b>Null always means unknown, never "no".</b> A track whose MusicBrainz profile has not been looked up has
 * {@code hasMusicBrainzProfile == null}, not {@code false}; a track whose publishing has not been checked has
 * {@code publisherStatus} null or {@link PublisherStatus#UNKNOWN}. Unknown inputs add nothing to the score and
 * are listed in {@link ScoreResult#missing()}. The record's equality tells a caller whether an input changed
 * and the stored score must be recomputed.
 *
 * @param label                  the label line as Spotify shows it (may be a P-line such as "2025 DistroKid")
 * @param artistNames            the track's artists, used to recognise vanity labels; empty when unknown
 * @param publisherStatus        what The MLC says; null or UNKNOWN until the MLC tier has run
 * @param editorialAppearances   Spotify editorial playlists the track is on, not counting Fresh Finds
 * @param freshFindsAppearances  Fresh Finds playlists the track is on
 * @param spotifyStreams         the latest Spotify play count
 * @param hasIsrc                whether an ISRC was found (false only after a source was asked and had none)
 * @param hasCredits             whether any credits were found (false only after credits were read)
 * @param songwriterCount        songwriters credited (writer, composer or lyricist roles)
 * @param hasMusicBrainzProfile  whether MusicBrainz knows the artist; null when not looked up
 * @param streamsPerDay          Spotify streams gained per day (Chartmetric's history, last two points); may be
 *                               negative; null when unknown
 * @param publisherShare         the collection share publishers hold at The MLC, percent; null when unknown
 * @param youtubeViews           the YouTube views of the track's video as Chartmetric follows them; null when unknown
 * @param viewsPerDay            YouTube views gained per day (Chartmetric's history); null when unknown
 */
public record ScoreInputs(
        String label,
        List<String> artistNames,
        PublisherStatus publisherStatus,
        Integer editorialAppearances,
        Integer freshFindsAppearances,
        Long spotifyStreams,
        Boolean hasIsrc,
        Boolean hasCredits,
        Integer songwriterCount,
        Boolean hasMusicBrainzProfile,
        Double streamsPerDay,
        Double publisherShare,
        Long youtubeViews,
        Double viewsPerDay) {

    public ScoreInputs {
        artistNames = artistNames == null ? List.of() : List.copyOf(artistNames);
        if (publisherStatus == PublisherStatus.UNKNOWN) {
            // One spelling of "unknown" keeps equality meaningful for the recompute-on-change check.
            publisherStatus = null;
        }
        requireNotNegative(editorialAppearances, "editorialAppearances");
        requireNotNegative(freshFindsAppearances, "freshFindsAppearances");
        requireNotNegative(spotifyStreams, "spotifyStreams");
        requireNotNegative(songwriterCount, "songwriterCount");
    }

    /** Inputs with nothing known: scores {@link WeightTable#BASELINE_TENTHS} with every factor missing. */
    public static ScoreInputs unknown() {
        return builder().build();
    }

    private static void requireNotNegative(Number value, String name) {
        if (value != null && value.longValue() < 0) {
            throw new IllegalArgumentException(name + " cannot be negative: " + value);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builder for call sites that know only some facts, which is most of them. */
    public static final class Builder {
        private String label;
        private List<String> artistNames = List.of();
        private PublisherStatus publisherStatus;
        private Integer editorialAppearances;
        private Integer freshFindsAppearances;
        private Long spotifyStreams;
        private Boolean hasIsrc;
        private Boolean hasCredits;
        private Integer songwriterCount;
        private Boolean hasMusicBrainzProfile;
        private Double streamsPerDay;
        private Double publisherShare;
        private Long youtubeViews;
        private Double viewsPerDay;

        private Builder() {
        }

        public Builder label(String value) {
            label = value;
            return this;
        }

        public Builder artistNames(List<String> value) {
            artistNames = value;
            return this;
        }

        public Builder artistNames(String... value) {
            artistNames = List.of(value);
            return this;
        }

        public Builder publisherStatus(PublisherStatus value) {
            publisherStatus = value;
            return this;
        }

        public Builder editorialAppearances(Integer value) {
            editorialAppearances = value;
            return this;
        }

        public Builder freshFindsAppearances(Integer value) {
            freshFindsAppearances = value;
            return this;
        }

        public Builder spotifyStreams(Long value) {
            spotifyStreams = value;
            return this;
        }

        public Builder hasIsrc(Boolean value) {
            hasIsrc = value;
            return this;
        }

        public Builder hasCredits(Boolean value) {
            hasCredits = value;
            return this;
        }

        public Builder songwriterCount(Integer value) {
            songwriterCount = value;
            return this;
        }

        public Builder hasMusicBrainzProfile(Boolean value) {
            hasMusicBrainzProfile = value;
            return this;
        }

        public Builder streamsPerDay(Double value) {
            streamsPerDay = value;
            return this;
        }

        public Builder publisherShare(Double value) {
            publisherShare = value;
            return this;
        }

        public Builder youtubeViews(Long value) {
            youtubeViews = value;
            return this;
        }

        public Builder viewsPerDay(Double value) {
            viewsPerDay = value;
            return this;
        }

        public ScoreInputs build() {
            return new ScoreInputs(label, artistNames, publisherStatus, editorialAppearances, freshFindsAppearances,
                    spotifyStreams, hasIsrc, hasCredits, songwriterCount, hasMusicBrainzProfile, streamsPerDay,
                    publisherShare, youtubeViews, viewsPerDay);
        }
    }
}
