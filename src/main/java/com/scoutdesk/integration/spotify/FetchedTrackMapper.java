package com.scoutdesk.integration.spotify;

import com.scoutdesk.integration.spotify.dto.TrackDto;
import com.scoutdesk.model.fetch.FetchedArtist;
import com.scoutdesk.model.fetch.FetchedTrack;
import com.scoutdesk.model.id.Isrc;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.michaelthelin.spotify.model_objects.specification.AlbumSimplified;
import se.michaelthelin.spotify.model_objects.specification.ArtistSimplified;
import se.michaelthelin.spotify.model_objects.specification.Track;

/** Maps Spotify track objects, as the library or Jackson read them, to {@link FetchedTrack}. No play count here. */
final class FetchedTrackMapper {

    private static final Logger LOG = LoggerFactory.getLogger(FetchedTrackMapper.class);

    private FetchedTrackMapper() {
    }

    static FetchedTrack fromLibrary(Track track) {
        List<FetchedArtist> artists = track.getArtists() == null ? List.of() : Arrays.stream(track.getArtists())
                .map(FetchedTrackMapper::artist).toList();
        AlbumSimplified album = track.getAlbum();
        Map<String, String> ids = track.getExternalIds() == null ? null : track.getExternalIds().getExternalIds();
        return new FetchedTrack(track.getId(), blankToNull(track.getName()), artists,
                album == null ? null : blankToNull(album.getName()), isrc(ids, track.getId()), track.getDurationMs(),
                track.getIsExplicit(), album == null ? null : blankToNull(album.getReleaseDate()), null);
    }

    static FetchedTrack fromDto(TrackDto track) {
        List<FetchedArtist> artists = track.artists() == null ? List.of() : track.artists().stream()
                .map(artist -> new FetchedArtist(artist.id(), artist.name())).toList();
        TrackDto.Album album = track.album();
        return new FetchedTrack(track.id(), blankToNull(track.name()), artists,
                album == null ? null : blankToNull(album.name()), isrc(track.externalIds(), track.id()),
                track.durationMs(), track.explicit(), album == null ? null : blankToNull(album.releaseDate()), null);
    }

    /** The ISRC in canonical form, or null when absent or not an ISRC (some tracks carry an empty or odd one). */
    static String isrc(Map<String, String> externalIds, String trackId) {
        String raw = externalIds == null ? null : externalIds.get("isrc");
        if (raw == null || raw.isBlank()) {
            return null;
        }
        if (!Isrc.isValid(raw)) {
            LOG.debug("Track {} has an ISRC that is not one, ignored: {}", trackId, raw);
            return null;
        }
        return Isrc.parse(raw).value();
    }

    private static FetchedArtist artist(ArtistSimplified artist) {
        return new FetchedArtist(artist.getId(), artist.getName());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
