package com.scoutdesk.model.id;

import static com.scoutdesk.model.id.SpotifyKind.ALBUM;
import static com.scoutdesk.model.id.SpotifyKind.ARTIST;
import static com.scoutdesk.model.id.SpotifyKind.PLAYLIST;
import static com.scoutdesk.model.id.SpotifyKind.TRACK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;

class SpotifyRefTest {

    static Stream<Arguments> validLinks() {
        return Stream.of(
                arguments("https://open.spotify.com/playlist/37i9dQZF1DWWjGdmeTyeJ6",
                        PLAYLIST, "37i9dQZF1DWWjGdmeTyeJ6"),
                arguments("https://open.spotify.com/playlist/37i9dQZF1DWWjGdmeTyeJ6?si=8f3c2a1b9d4e4f7a",
                        PLAYLIST, "37i9dQZF1DWWjGdmeTyeJ6"),
                arguments("https://open.spotify.com/playlist/37i9dQZF1DXcBWIGoYBM5M?si=b7e1c0d2a9f84e11&pi=u-Q2mRkz",
                        PLAYLIST, "37i9dQZF1DXcBWIGoYBM5M"),
                arguments("https://open.spotify.com/intl-fr/playlist/37i9dQZEVXbMDoHDwVN2tF?si=0b1f2e3d4c5b6a79",
                        PLAYLIST, "37i9dQZEVXbMDoHDwVN2tF"),
                arguments("https://open.spotify.com/intl-es-419/playlist/37i9dQZEVXbMDoHDwVN2tF?si=x&nd=1",
                        PLAYLIST, "37i9dQZEVXbMDoHDwVN2tF"),
                arguments("https://open.spotify.com/embed/playlist/3cEYpjA9oz9GiPac4AsH4n?utm_source=generator",
                        PLAYLIST, "3cEYpjA9oz9GiPac4AsH4n"),
                arguments("HTTPS://OPEN.SPOTIFY.COM/playlist/3cEYpjA9oz9GiPac4AsH4n",
                        PLAYLIST, "3cEYpjA9oz9GiPac4AsH4n"),
                arguments("https://open.spotify.com/user/spotify/playlist/37i9dQZF1DWWjGdmeTyeJ6?si=abc",
                        PLAYLIST, "37i9dQZF1DWWjGdmeTyeJ6"),
                arguments("https://play.spotify.com/user/someone/playlist/3cEYpjA9oz9GiPac4AsH4n",
                        PLAYLIST, "3cEYpjA9oz9GiPac4AsH4n"),
                arguments("spotify:playlist:37i9dQZF1DWWjGdmeTyeJ6",
                        PLAYLIST, "37i9dQZF1DWWjGdmeTyeJ6"),
                arguments("spotify:user:spotify:playlist:37i9dQZF1DXcBWIGoYBM5M",
                        PLAYLIST, "37i9dQZF1DXcBWIGoYBM5M"),
                arguments("\thttps://open.spotify.com/playlist/37i9dQZF1DWWjGdmeTyeJ6?si=8f3c2a1b9d4e4f7a\n",
                        PLAYLIST, "37i9dQZF1DWWjGdmeTyeJ6"),
                arguments("https://open.spotify.com/intl-de/track/6rqhFgbbKwnb9MLmUQDhG6",
                        TRACK, "6rqhFgbbKwnb9MLmUQDhG6"),
                arguments("https://open.spotify.com/track/11dFghVXANMlKmJXsNCbNl?si=1a2b3c"
                        + "&context=spotify%3Aplaylist%3A37i9dQZF1DXcBWIGoYBM5M",
                        TRACK, "11dFghVXANMlKmJXsNCbNl"),
                arguments("open.spotify.com/track/4iV5W9uYEdYUVa79Axb7Rh",
                        TRACK, "4iV5W9uYEdYUVa79Axb7Rh"),
                arguments("https://open.spotify.com/embed/track/6rqhFgbbKwnb9MLmUQDhG6?utm_source=generator&theme=0",
                        TRACK, "6rqhFgbbKwnb9MLmUQDhG6"),
                arguments("spotify:track:4iV5W9uYEdYUVa79Axb7Rh",
                        TRACK, "4iV5W9uYEdYUVa79Axb7Rh"),
                arguments("http://open.spotify.com/album/4aawyAB9vmqN3uQ7FjRGTy",
                        ALBUM, "4aawyAB9vmqN3uQ7FjRGTy"),
                arguments("https://open.spotify.com/album/4aawyAB9vmqN3uQ7FjRGTy#tracklist",
                        ALBUM, "4aawyAB9vmqN3uQ7FjRGTy"),
                arguments("https://play.spotify.com/album/0sNOF9WDwhWunNAHPD3Baj",
                        ALBUM, "0sNOF9WDwhWunNAHPD3Baj"),
                arguments("https://open.spotify.com/intl-pt/album/0sNOF9WDwhWunNAHPD3Baj?si=Xy7Zq",
                        ALBUM, "0sNOF9WDwhWunNAHPD3Baj"),
                arguments("https://open.spotify.com/artist/0OdUWJ0sBjDrqHygGUXeCF/",
                        ARTIST, "0OdUWJ0sBjDrqHygGUXeCF"),
                arguments("  https://open.spotify.com/artist/3WrFJ7ztbogyGnTHbHJFl2?si=Zx9  ",
                        ARTIST, "3WrFJ7ztbogyGnTHbHJFl2"),
                arguments("https://open.spotify.com/intl-pt-BR/artist/3WrFJ7ztbogyGnTHbHJFl2?si=q1w2e3",
                        ARTIST, "3WrFJ7ztbogyGnTHbHJFl2"),
                arguments("spotify:artist:0OdUWJ0sBjDrqHygGUXeCF",
                        ARTIST, "0OdUWJ0sBjDrqHygGUXeCF"));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}:{2}")
    @MethodSource("validLinks")
    void parsesValidLinks(String input, SpotifyKind kind, String id) {
        SpotifyRef ref = SpotifyRef.parse(input);

        assertThat(ref).isEqualTo(new SpotifyRef(kind, id));
        assertThat(ref.kind()).isEqualTo(kind);
        assertThat(ref.id()).isEqualTo(id);
        assertThat(SpotifyRef.parse(input, kind)).isEqualTo(ref);
    }

    static Stream<Arguments> invalidLinks() {
        return Stream.of(
                arguments("https://open.spotify.com/episode/4rOoJ6Egrf8K2IrywzwOMk",
                        "podcast episode; only playlist, track, album or artist links are supported"),
                arguments("spotify:episode:4rOoJ6Egrf8K2IrywzwOMk", "podcast episode"),
                arguments("https://open.spotify.com/show/2MAi0BvDc6GTFvKFPXnkCL?si=abc",
                        "link to a podcast; only playlist, track, album or artist"),
                arguments("spotify:show:2MAi0BvDc6GTFvKFPXnkCL", "link to a podcast"),
                arguments("https://open.spotify.com/audiobook/7iHfbu1YPACw6oZPAFJtqe", "audiobook"),
                arguments("https://open.spotify.com/genre/0JQ5DAqbMKFEC4WFtoNRpw",
                        "\"genre\" page; only playlist, track, album or artist"),
                arguments("https://open.spotify.com/user/spotify", "user profile"),
                arguments("https://open.spotify.com/user/spotify?si=4f2a", "user profile"),
                arguments("spotify:user:someone", "user profile"),
                arguments("https://open.spotify.com/playlist/37i9dQZF1DWWjGdmeTyeJ",
                        "Spotify ids are 22 letters and digits; this one has 21"),
                arguments("https://open.spotify.com/track/6rqhFgbbKwnb9MLmUQDhG6x", "this one has 23"),
                arguments("https://open.spotify.com/album/0sNOF9WDwhWunNAHPD3Ba%20", "this one has 24"),
                arguments("spotify:track:6rqhFgbbKwnb9MLmUQDhG_", "this one contains \"_\""),
                arguments("https://open.spotify.com/artist/0OdUWJ0sBjDrqHygGUXeCé", "this one contains \"é\""),
                arguments("https://open.spotify.com/playlist/", "no id after \"playlist\""),
                arguments("spotify:playlist:", "no id after \"playlist\""),
                arguments("spotify:artist", "no id after \"artist\""),
                arguments("https://open.spotify.com/", "does not point to a playlist, track, album or artist"),
                arguments("https://open.spotify.com/intl-de", "does not point to a playlist"),
                arguments("https://www.youtube.com/watch?v=dQw4w9WgXcQ", "not a Spotify link"),
                arguments("https://soundcloud.com/someartist/some-track", "not a Spotify link"),
                arguments("spotify.com/playlist/37i9dQZF1DWWjGdmeTyeJ6", "not a Spotify link"),
                arguments("Fresh Finds playlist", "not a Spotify link"),
                arguments("https://spotify.link/AbCdEf12345", "short links"),
                arguments("37i9dQZF1DWWjGdmeTyeJ6", "only an id; paste the whole link"),
                arguments("", "empty"),
                arguments(" \n ", "empty"));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" -> mentions {1}")
    @MethodSource("invalidLinks")
    void rejectsInvalidLinksNamingTheProblem(String input, String problem) {
        InvalidIdentifierException e = catchThrowableOfType(InvalidIdentifierException.class,
                () -> SpotifyRef.parse(input));

        assertThat(e).hasMessageContaining(problem);
        assertThat(e.kind()).isEqualTo("Spotify link");
        assertThat(e.input()).isEqualTo(input);
    }

    @ParameterizedTest
    @NullSource
    void rejectsNull(String input) {
        assertThatThrownBy(() -> SpotifyRef.parse(input))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> SpotifyRef.parse(input, PLAYLIST))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessageContaining("empty");
    }

    @ParameterizedTest(name = "[{index}] {1} \"{0}\" -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            37i9dQZF1DWWjGdmeTyeJ6                                        | PLAYLIST | 37i9dQZF1DWWjGdmeTyeJ6
            '  3cEYpjA9oz9GiPac4AsH4n '                                   | PLAYLIST | 3cEYpjA9oz9GiPac4AsH4n
            6rqhFgbbKwnb9MLmUQDhG6                                        | TRACK    | 6rqhFgbbKwnb9MLmUQDhG6
            0sNOF9WDwhWunNAHPD3Baj                                        | ALBUM    | 0sNOF9WDwhWunNAHPD3Baj
            3WrFJ7ztbogyGnTHbHJFl2                                        | ARTIST   | 3WrFJ7ztbogyGnTHbHJFl2
            https://open.spotify.com/playlist/37i9dQZF1DXcBWIGoYBM5M?si=1 | PLAYLIST | 37i9dQZF1DXcBWIGoYBM5M
            spotify:track:11dFghVXANMlKmJXsNCbNl                          | TRACK    | 11dFghVXANMlKmJXsNCbNl
            """)
    void acceptsBareIdsAndLinksOfTheExpectedKind(String input, SpotifyKind expected, String id) {
        assertThat(SpotifyRef.parse(input, expected)).isEqualTo(new SpotifyRef(expected, id));
    }

    static Stream<Arguments> wrongForExpectedKind() {
        return Stream.of(
                arguments("https://open.spotify.com/track/6rqhFgbbKwnb9MLmUQDhG6?si=abc", PLAYLIST,
                        "a Spotify track link, but a playlist link was expected: paste the playlist's"
                                + " \"Share > Copy link to playlist\""),
                arguments("spotify:album:4aawyAB9vmqN3uQ7FjRGTy", TRACK,
                        "a Spotify album link, but a track link was expected"),
                arguments("https://open.spotify.com/playlist/37i9dQZF1DWWjGdmeTyeJ6", ARTIST,
                        "a Spotify playlist link, but an artist link was expected"),
                arguments("https://open.spotify.com/artist/0OdUWJ0sBjDrqHygGUXeCF", ALBUM,
                        "a Spotify artist link, but an album link was expected"),
                arguments("37i9dQZF1DWWjGdmeTyeJ", PLAYLIST, "Spotify ids are 22 letters and digits; this one has 21"),
                arguments("37i9dQZF1DWWjGdmeTyeJ6a", PLAYLIST, "this one has 23"),
                arguments("37i9dQZF1DWWjGdmeTyeJ-", PLAYLIST, "this one contains \"-\""),
                arguments("https://open.spotify.com/episode/4rOoJ6Egrf8K2IrywzwOMk", PLAYLIST, "podcast episode"));
    }

    @ParameterizedTest(name = "[{index}] {1} \"{0}\" -> mentions {2}")
    @MethodSource("wrongForExpectedKind")
    void rejectsOtherKindsWhenAKindIsExpected(String input, SpotifyKind expected, String problem) {
        InvalidIdentifierException e = catchThrowableOfType(InvalidIdentifierException.class,
                () -> SpotifyRef.parse(input, expected));

        assertThat(e).hasMessageContaining(problem);
        assertThat(e.kind()).isEqualTo("Spotify " + expected.path() + " link");
    }

    @Test
    void wrongKindMessageSaysWhatToPaste() {
        String link = "https://open.spotify.com/track/6rqhFgbbKwnb9MLmUQDhG6";

        assertThatThrownBy(() -> SpotifyRef.parse(link, PLAYLIST))
                .hasMessage("Not a valid Spotify playlist link: \"" + link + "\":"
                        + " that is a Spotify track link, but a playlist link was expected: paste the playlist's"
                        + " \"Share > Copy link to playlist\".");
    }

    @Test
    void buildsUriAndUrl() {
        SpotifyRef ref = SpotifyRef.parse("https://open.spotify.com/intl-fr/playlist/37i9dQZF1DWWjGdmeTyeJ6?si=abc");

        assertThat(ref.uri()).isEqualTo("spotify:playlist:37i9dQZF1DWWjGdmeTyeJ6");
        assertThat(ref.url()).isEqualTo("https://open.spotify.com/playlist/37i9dQZF1DWWjGdmeTyeJ6");
        assertThat(ref).hasToString("spotify:playlist:37i9dQZF1DWWjGdmeTyeJ6");
        assertThat(new SpotifyRef(TRACK, "6rqhFgbbKwnb9MLmUQDhG6").url())
                .isEqualTo("https://open.spotify.com/track/6rqhFgbbKwnb9MLmUQDhG6");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            PLAYLIST | 37i9dQZF1DWWjGdmeTyeJ6
            PLAYLIST | 3cEYpjA9oz9GiPac4AsH4n
            TRACK    | 4iV5W9uYEdYUVa79Axb7Rh
            ALBUM    | 4aawyAB9vmqN3uQ7FjRGTy
            ARTIST   | 0OdUWJ0sBjDrqHygGUXeCF
            """)
    void uriAndUrlRoundTrip(SpotifyKind kind, String id) {
        SpotifyRef ref = new SpotifyRef(kind, id);

        assertThat(SpotifyRef.parse(ref.uri())).isEqualTo(ref);
        assertThat(SpotifyRef.parse(ref.url())).isEqualTo(ref);
        assertThat(SpotifyRef.parse(ref.toString(), kind)).isEqualTo(ref);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            PLAYLIST | 37i9dQZF1DWWjGdmeTyeJ6 | true
            PLAYLIST | 37i9dQZF1DXcBWIGoYBM5M | true
            PLAYLIST | 37i9dQZEVXbMDoHDwVN2tF | true
            PLAYLIST | 3cEYpjA9oz9GiPac4AsH4n | false
            PLAYLIST | 37i9dQZF0DWWjGdmeTyeJ6 | false
            TRACK    | 37i9dQZF1DWWjGdmeTyeJ6 | false
            """)
    void recognisesSpotifyOwnedPlaylists(SpotifyKind kind, String id, boolean editorial) {
        assertThat(new SpotifyRef(kind, id).isEditorialPlaylist()).isEqualTo(editorial);
    }

    @Test
    void equalityIgnoresHowTheLinkWasWritten() {
        SpotifyRef fromLink = SpotifyRef.parse("https://open.spotify.com/intl-de/album/0sNOF9WDwhWunNAHPD3Baj?si=x");
        SpotifyRef fromUri = SpotifyRef.parse("spotify:album:0sNOF9WDwhWunNAHPD3Baj");

        assertThat(fromLink).isEqualTo(fromUri).hasSameHashCodeAs(fromUri);
        assertThat(fromLink).isNotEqualTo(new SpotifyRef(ARTIST, "0sNOF9WDwhWunNAHPD3Baj"));
        assertThat(fromLink).isNotEqualTo(new SpotifyRef(ALBUM, "4aawyAB9vmqN3uQ7FjRGTy"));
    }

    @Test
    void idsAreCaseSensitive() {
        assertThat(SpotifyRef.parse("spotify:track:6rqhFgbbKwnb9MLmUQDhG6"))
                .isNotEqualTo(SpotifyRef.parse("spotify:track:6RQHFGBBKWNB9MLMUQDHG6"));
    }

    @Test
    void constructorValidatesTheId() {
        assertThatThrownBy(() -> new SpotifyRef(PLAYLIST, "37i9dQZF1DWWjGdmeTyeJ"))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessageContaining("this one has 21");
        assertThatThrownBy(() -> new SpotifyRef(PLAYLIST, null))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessageContaining("22 letters and digits");
        assertThatThrownBy(() -> new SpotifyRef(null, "37i9dQZF1DWWjGdmeTyeJ6"))
                .isInstanceOf(NullPointerException.class);
    }

    @ParameterizedTest
    @EnumSource(SpotifyKind.class)
    void kindPathIsTheLowercaseName(SpotifyKind kind) {
        assertThat(kind.path()).isEqualTo(kind.name().toLowerCase(Locale.ROOT));
    }

    @Test
    void whereOneKindIsWantedAPodcastLinkIsToldWhatIsNeededNotWhatElseIsSupported() {
        InvalidIdentifierException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidIdentifierException.class,
                () -> SpotifyRef.parse("https://open.spotify.com/show/2MAi0BvDc6GTFvKFPXnkCL", PLAYLIST));

        assertThat(e.problem()).isEqualTo("that is a link to a podcast, but a playlist link was expected: paste the "
                + "playlist's \"Share > Copy link to playlist\".");
    }
}
