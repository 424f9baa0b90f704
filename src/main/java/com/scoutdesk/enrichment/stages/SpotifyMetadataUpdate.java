package com.scoutdesk.enrichment.stages;

import com.scoutdesk.enrichment.TrackUpdate;
import com.scoutdesk.model.fetch.FetchedAlbum;
import com.scoutdesk.model.fetch.FetchedArtistProfile;
import com.scoutdesk.model.fetch.FetchedAudioFeatures;
import com.scoutdesk.model.fetch.FetchedTrackMetadata;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Turns what tier 1 read into a {@link TrackUpdate}: a null is "not available from Spotify", never a 0 or "". */
final class SpotifyMetadataUpdate {

    static final String SOURCE = "spotify-api";
    static final List<String> AUDIO_FIELDS = List.of("danceability", "energy", "valence", "tempo", "acousticness",
            "instrumentalness", "speechiness", "liveness", "loudness", "musical_key", "musical_mode",
            "time_signature");
    // "(P) 2026 Night Owl Records", "℗ 2019 Sony Music", "P 2001 X": the owner is what follows the mark and year.
    private static final Pattern P_LINE_PREFIX = Pattern.compile("^\\s*(\\(P\\)|℗|P\\b)?\\s*(\\d{4})?[\\s,.:-]*",
            Pattern.CASE_INSENSITIVE);

    private final Map<String, Object> values = new HashMap<>();
    private final Set<String> notAvailable = new HashSet<>();

    private SpotifyMetadataUpdate() {
    }

    /** @param artist the lead artist, album and features as read, each null when Spotify did not serve it */
    static TrackUpdate of(FetchedTrackMetadata track, FetchedArtistProfile artist, FetchedAlbum album,
                          FetchedAudioFeatures features) {
        SpotifyMetadataUpdate u = new SpotifyMetadataUpdate();
        if (track.isrc() != null) {
            u.values.put("isrc", track.isrc()); // an absent ISRC is tier 0's business, not "not available"
        }
        u.put("duration_ms", track.durationMs());
        u.put("explicit", track.explicit());
        u.put("popularity", track.popularity());
        u.put("album_name", track.albumName());
        u.put("release_date", track.releaseDate());
        u.put("image_url", track.imageUrl());
        u.put("label", album == null ? null : album.label() != null ? album.label() : owner(album.pLine()));
        u.put("p_line", album == null ? null : album.pLine());
        u.put("artist_followers", artist == null ? null : artist.followers());
        u.put("artist_popularity", artist == null ? null : artist.popularity());
        u.put("artist_genres", artist == null || artist.genres() == null ? null : String.join(", ", artist.genres()));
        if (features == null) {
            u.notAvailable.addAll(AUDIO_FIELDS);
        } else {
            u.put("danceability", features.danceability());
            u.put("energy", features.energy());
            u.put("valence", features.valence());
            u.put("tempo", features.tempo());
            u.put("acousticness", features.acousticness());
            u.put("instrumentalness", features.instrumentalness());
            u.put("speechiness", features.speechiness());
            u.put("liveness", features.liveness());
            u.put("loudness", features.loudness());
            u.put("musical_key", features.key());
            u.put("musical_mode", features.mode());
            u.put("time_signature", features.timeSignature());
        }
        return new TrackUpdate(SOURCE, u.values, u.notAvailable);
    }

    /** The rights owner in a P-line: "(P) 2000 Sony Music Entertainment Inc." gives "Sony Music Entertainment Inc.". */
    static String owner(String pLine) {
        if (pLine == null) {
            return null;
        }
        String owner = P_LINE_PREFIX.matcher(pLine).replaceFirst("").strip();
        return owner.isEmpty() ? null : owner.length() <= 500 ? owner : owner.substring(0, 500);
    }

    private void put(String field, Object value) {
        if (value == null) {
            notAvailable.add(field);
        } else {
            values.put(field, value);
        }
    }
}
