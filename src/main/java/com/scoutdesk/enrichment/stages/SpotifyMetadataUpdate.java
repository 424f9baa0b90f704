package com.scoutdesk.enrichment.stages;

import static com.scoutdesk.enrichment.fields.SpotifyMetadataFields.*;

import com.scoutdesk.enrichment.TrackUpdate;
import com.scoutdesk.enrichment.fields.IsrcFields;
import com.scoutdesk.model.fetch.FetchedAlbum;
import com.scoutdesk.model.fetch.FetchedArtistProfile;
import com.scoutdesk.model.fetch.FetchedAudioFeatures;
import com.scoutdesk.model.fetch.FetchedTrackMetadata;
import java.util.regex.Pattern;

/** Turns what tier 1 read into a {@link TrackUpdate}: a null is "not available from Spotify", never a 0 or "". */
final class SpotifyMetadataUpdate {

    static final String SOURCE = "spotify-api";
    // "(P) 2026 Night Owl Records", "℗ 2019 Sony Music", "P 2001 X": the owner is what follows the mark and year.
    private static final Pattern P_LINE_PREFIX = Pattern.compile("^\\s*(\\(P\\)|℗|P\\b)?\\s*(\\d{4})?[\\s,.:-]*",
            Pattern.CASE_INSENSITIVE);

    private SpotifyMetadataUpdate() {
    }

    /** @param artist the lead artist, album and features as read, each null when Spotify did not serve it */
    static TrackUpdate of(FetchedTrackMetadata track, FetchedArtistProfile artist, FetchedAlbum album,
                          FetchedAudioFeatures features) {
        TrackUpdate.Builder u = TrackUpdate.from(SOURCE)
                .value(IsrcFields.ISRC, track.isrc()) // an absent ISRC is tier 0's business, not "not available"
                .found(DURATION_MS, track.durationMs())
                .found(EXPLICIT, track.explicit())
                .found(POPULARITY, track.popularity())
                .found(ALBUM_NAME, track.albumName())
                .found(RELEASE_DATE, track.releaseDate())
                .found(IMAGE_URL, track.imageUrl())
                .found(LABEL, album == null ? null : album.label() != null ? album.label() : owner(album.pLine()))
                .found(P_LINE, album == null ? null : album.pLine())
                .found(ARTIST_FOLLOWERS, artist == null ? null : artist.followers())
                .found(ARTIST_POPULARITY, artist == null ? null : artist.popularity())
                .found(ARTIST_GENRES, artist == null || artist.genres() == null ? null
                        : String.join(", ", artist.genres()));
        if (features == null) {
            return u.notAvailable(AUDIO).build();
        }
        return u.found(DANCEABILITY, features.danceability())
                .found(ENERGY, features.energy())
                .found(VALENCE, features.valence())
                .found(TEMPO, features.tempo())
                .found(ACOUSTICNESS, features.acousticness())
                .found(INSTRUMENTALNESS, features.instrumentalness())
                .found(SPEECHINESS, features.speechiness())
                .found(LIVENESS, features.liveness())
                .found(LOUDNESS, features.loudness())
                .found(MUSICAL_KEY, features.key())
                .found(MUSICAL_MODE, features.mode())
                .found(TIME_SIGNATURE, features.timeSignature())
                .build();
    }

    /** The rights owner in a P-line: "(P) 2000 Sony Music Entertainment Inc." gives "Sony Music Entertainment Inc.". */
    static String owner(String pLine) {
        if (pLine == null) {
            return null;
        }
        String owner = P_LINE_PREFIX.matcher(pLine).replaceFirst("").strip();
        return owner.isEmpty() ? null : owner.length() <= 500 ? owner : owner.substring(0, 500);
    }
}
