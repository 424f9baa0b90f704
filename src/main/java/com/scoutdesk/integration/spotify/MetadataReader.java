package com.scoutdesk.integration.spotify;

import com.scoutdesk.integration.common.ChangedShapeException;
import com.scoutdesk.integration.common.Provider;
import com.scoutdesk.integration.spotify.dto.AlbumDto;
import com.scoutdesk.integration.spotify.dto.ArtistDto;
import com.scoutdesk.integration.spotify.dto.AudioFeaturesDto;
import com.scoutdesk.integration.spotify.dto.TrackMetadataDto;
import com.scoutdesk.model.fetch.FetchedAlbum;
import com.scoutdesk.model.fetch.FetchedArtistProfile;
import com.scoutdesk.model.fetch.FetchedAudioFeatures;
import com.scoutdesk.model.fetch.FetchedTrackMetadata;
import com.scoutdesk.model.id.SpotifyKind;
import com.scoutdesk.model.id.SpotifyRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import se.michaelthelin.spotify.SpotifyApi;

/**
 * The tier 1 look-ups: the library builds each request (and asserts its batch limit), our manager sends it, and
 * Jackson reads the answer, so a field Spotify left out stays null instead of becoming 0.
 */
final class MetadataReader {

    static final int MAX_TRACKS = 50;
    static final int MAX_ARTISTS = 50;
    static final int MAX_ALBUMS = 20;
    static final int MAX_AUDIO_FEATURES = 100;

    private final SpotifyApi api;

    MetadataReader(SpotifyApi api) {
        this.api = api;
    }

    List<FetchedTrackMetadata> tracks(List<String> ids) {
        String[] checked = ids(ids, SpotifyKind.TRACK, MAX_TRACKS);
        String json = LibraryCall.run(() -> api.getSeveralTracks(checked).build().getJson(), "tracks");
        var several = SpotifyJson.read(json, TrackMetadataDto.Several.class, "tracks");
        if (several.tracks() == null) {
            throw new ChangedShapeException(Provider.SPOTIFY_API, "a tracks answer without 'tracks'", null);
        }
        return several.tracks().stream().filter(Objects::nonNull).map(MetadataReader::track).toList();
    }

    FetchedTrackMetadata track(String id) {
        String checked = new SpotifyRef(SpotifyKind.TRACK, id).id();
        String json = LibraryCall.run(() -> api.getTrack(checked).build().getJson(), "track");
        return track(SpotifyJson.read(json, TrackMetadataDto.class, "track"));
    }

    List<FetchedArtistProfile> artists(List<String> ids) {
        String[] checked = ids(ids, SpotifyKind.ARTIST, MAX_ARTISTS);
        String json = LibraryCall.run(() -> api.getSeveralArtists(checked).build().getJson(), "artists");
        var several = SpotifyJson.read(json, ArtistDto.Several.class, "artists");
        if (several.artists() == null) {
            throw new ChangedShapeException(Provider.SPOTIFY_API, "an artists answer without 'artists'", null);
        }
        return several.artists().stream().filter(Objects::nonNull).map(MetadataReader::artist).toList();
    }

    FetchedArtistProfile artist(String id) {
        String checked = new SpotifyRef(SpotifyKind.ARTIST, id).id();
        String json = LibraryCall.run(() -> api.getArtist(checked).build().getJson(), "artist");
        return artist(SpotifyJson.read(json, ArtistDto.class, "artist"));
    }

    FetchedAlbum album(String id) {
        String checked = new SpotifyRef(SpotifyKind.ALBUM, id).id();
        String json = LibraryCall.run(() -> api.getAlbum(checked).build().getJson(), "album");
        AlbumDto album = SpotifyJson.read(json, AlbumDto.class, "album");
        return album(album, album.id() == null ? checked : album.id());
    }

    /**
     * Albums in the order asked for, each under the id asked for: Spotify answers in that order, with null for an id
     * it does not know, which is left out.
     */
    List<FetchedAlbum> albums(List<String> ids) {
        String[] checked = ids(ids, SpotifyKind.ALBUM, MAX_ALBUMS);
        String json = LibraryCall.run(() -> api.getSeveralAlbums(checked).build().getJson(), "albums");
        var several = SpotifyJson.read(json, AlbumDto.Several.class, "albums");
        if (several.albums() == null || several.albums().size() > checked.length) {
            throw new ChangedShapeException(Provider.SPOTIFY_API, "an albums answer without 'albums', or with more "
                    + "albums than asked for", null);
        }
        List<FetchedAlbum> albums = new ArrayList<>();
        for (int i = 0; i < several.albums().size(); i++) {
            if (several.albums().get(i) != null) {
                albums.add(album(several.albums().get(i), checked[i]));
            }
        }
        return albums;
    }

    private static FetchedAlbum album(AlbumDto album, String id) {
        String pLine = album.copyrights() == null ? null : album.copyrights().stream()
                .filter(c -> c != null && "P".equalsIgnoreCase(c.type())).map(AlbumDto.Copyright::text)
                .map(MetadataReader::blankToNull).filter(Objects::nonNull).findFirst().orElse(null);
        return new FetchedAlbum(id, blankToNull(album.label()), pLine);
    }

    List<FetchedAudioFeatures> audioFeatures(List<String> ids) {
        String[] checked = ids(ids, SpotifyKind.TRACK, MAX_AUDIO_FEATURES);
        String json = LibraryCall.run(() -> api.getAudioFeaturesForSeveralTracks(checked).build().getJson(),
                "audio features");
        var several = SpotifyJson.read(json, AudioFeaturesDto.Several.class, "audio features");
        if (several.audioFeatures() == null) {
            throw new ChangedShapeException(Provider.SPOTIFY_API, "an audio-features answer without "
                    + "'audio_features'", null);
        }
        return several.audioFeatures().stream().filter(f -> f != null && f.id() != null)
                .map(f -> new FetchedAudioFeatures(f.id(), f.danceability(), f.energy(), f.valence(), f.tempo(),
                        f.acousticness(), f.instrumentalness(), f.speechiness(), f.liveness(), f.loudness(), f.key(),
                        f.mode(), f.timeSignature()))
                .toList();
    }

    private static FetchedTrackMetadata track(TrackMetadataDto t) {
        if (t.id() == null) {
            throw new ChangedShapeException(Provider.SPOTIFY_API, "a track without an id", null);
        }
        TrackMetadataDto.Album album = t.album();
        String image = album == null || album.images() == null ? null : album.images().stream()
                .filter(i -> i != null && blankToNull(i.url()) != null)
                .max((a, b) -> Integer.compare(area(a), area(b))).map(TrackMetadataDto.Image::url).orElse(null);
        List<String> artists = t.artists() == null ? List.of() : t.artists().stream()
                .filter(a -> a != null && a.id() != null).map(TrackMetadataDto.Ref::id).toList();
        List<String> names = t.artists() == null ? List.of() : t.artists().stream()
                .filter(a -> a != null && blankToNull(a.name()) != null).map(TrackMetadataDto.Ref::name).toList();
        String isrc = FetchedTrackMapper.isrc(t.externalIds(), t.id());
        if (album == null) {
            return new FetchedTrackMetadata(t.id(), blankToNull(t.name()), isrc, t.durationMs(), t.explicit(),
                    t.popularity(), null, null, null, null, artists, names);
        }
        return new FetchedTrackMetadata(t.id(), blankToNull(t.name()), isrc, t.durationMs(), t.explicit(),
                t.popularity(), album.id(), blankToNull(album.name()), blankToNull(album.releaseDate()), image, artists,
                names);
    }

    private static FetchedArtistProfile artist(ArtistDto a) {
        if (a.id() == null) {
            throw new ChangedShapeException(Provider.SPOTIFY_API, "an artist without an id", null);
        }
        return new FetchedArtistProfile(a.id(), a.name(), a.followers() == null ? null : a.followers().total(),
                a.popularity(), a.genres());
    }

    private static int area(TrackMetadataDto.Image image) {
        return image.width() == null || image.height() == null ? 0 : image.width() * image.height();
    }

    private static String[] ids(List<String> ids, SpotifyKind kind, int max) {
        if (ids.isEmpty() || ids.size() > max) {
            throw new IllegalArgumentException("between 1 and " + max + " ids, not " + ids.size());
        }
        return ids.stream().map(id -> new SpotifyRef(kind, id).id()).toArray(String[]::new);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
