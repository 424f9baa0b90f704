package com.scoutdesk.ui.playlists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.scoutdesk.concurrent.CurrentThreadTaskExecutor;
import com.scoutdesk.model.FetchMethod;
import com.scoutdesk.model.FetchOutcome;
import com.scoutdesk.model.Week;
import com.scoutdesk.service.FetchReport;
import com.scoutdesk.service.PlaylistAdded;
import com.scoutdesk.service.SourceUnavailableException;
import com.scoutdesk.ui.common.Debouncer;
import com.scoutdesk.ui.fakes.MemoryPreferences;
import com.scoutdesk.ui.fakes.TestRows;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Add playlist dialog's state without a window: what it says about each link a scout may paste, when the Add
 * button is allowed, what an add reports, and the check boxes remembered.
 */
class AddPlaylistViewModelTest {

    static final String ID = "3cEYpjA9oz9GiPac4AsH4n";
    /** Fresh Finds, tracked in {@link TestRows#playlists()}. */
    static final String TRACKED = "37i9dQZF1DWWjGdmeTyeJ6";

    private final List<String[]> calls = new ArrayList<>();
    private final List<PlaylistAdded> told = new ArrayList<>();
    private final MemoryPreferences prefs = new MemoryPreferences();
    private AddPlaylistViewModel.Adder adder = (link, cm, fetch, enrich) -> {
        calls.add(new String[] {link, cm, String.valueOf(fetch), String.valueOf(enrich)});
        return new PlaylistAdded(7, "Bedroom Gems", false, Optional.of(report(42)), Optional.empty());
    };

    private AddPlaylistViewModel model() {
        return model(Debouncer.immediate());
    }

    private AddPlaylistViewModel model(Debouncer debouncer) {
        AddPlaylistViewModel model = new AddPlaylistViewModel((l, c, f, e) -> adder.add(l, c, f, e),
                TestRows::playlists, new CurrentThreadTaskExecutor(), debouncer, AddPlaylistChoices.in(prefs),
                told::add);
        model.start();
        return model;
    }

    private static FetchReport report(int read) {
        return new FetchReport(7, "Bedroom Gems", Week.containing(Instant.parse("2026-12-01T10:00:00Z")),
                FetchOutcome.COMPLETE, FetchMethod.WEB_API, read, read, read, 0, read, "fetched");
    }

    static Stream<Arguments> badLinks() {
        return Stream.of(
                arguments("hello there", "not a Spotify link"),
                arguments("https://example.com/playlist/" + ID, "not a Spotify link"),
                arguments("https://open.spotify.com/track/4uLU6hMCjMI75M1A2tKUQC",
                        "That is a Spotify track link, but a playlist link was expected"),
                arguments("https://open.spotify.com/album/1DFixLWuPkv3KT3TnV35m3?si=abc",
                        "That is a Spotify album link, but a playlist link was expected"),
                arguments("spotify:artist:0OdUWJ0sBjDrqHygGUXeCF",
                        "That is a Spotify artist link, but a playlist link was expected"),
                arguments("https://open.spotify.com/show/2MAi0BvDc6GTFvKFPXnkCL",
                        "That is a link to a podcast, but a playlist link was expected"),
                arguments("https://open.spotify.com/playlist/37i9dQZF1DWWjGdmeTyeJ", "this one has 21"),
                arguments("https://spotify.link/AbCdEf", "short links cannot be read directly"),
                arguments("https://open.spotify.com/playlist/", "has no id after \"playlist\""),
                arguments("https://open.spotify.com/playlist/" + TRACKED + "?si=1",
                        "\u201cFresh Finds\u201d is tracked already"));
    }

    @ParameterizedTest
    @MethodSource("badLinks")
    void aBadLinkSaysWhatIsWrongAndCannotBeAdded(String link, String message) {
        AddPlaylistViewModel model = model();

        model.linkProperty().set(link);

        assertThat(model.linkProblemProperty().get()).contains(message);
        assertThat(model.canAddProperty().get()).isFalse();
        model.add();
        assertThat(calls).as("nothing was sent to the service").isEmpty();
    }

    static Stream<String> goodLinks() {
        return Stream.of("https://open.spotify.com/playlist/" + ID,
                "https://open.spotify.com/playlist/" + ID + "?si=a1b2c3d4e5f6",
                "https://open.spotify.com/intl-de/playlist/" + ID,
                "spotify:playlist:" + ID,
                ID,
                "https://open.spotify.com/embed/playlist/" + ID + "?utm_source=generator",
                "  https://open.spotify.com/playlist/" + ID + "  ");
    }

    @ParameterizedTest
    @MethodSource("goodLinks")
    void everyFormAScoutPastesCanBeAdded(String link) {
        AddPlaylistViewModel model = model();

        model.linkProperty().set(link);

        assertThat(model.linkProblemProperty().get()).isNull();
        assertThat(model.canAddProperty().get()).isTrue();
        model.add();
        assertThat(calls).hasSize(1);
        assertThat(model.resultProperty().get()).isEqualTo("Added \u201cBedroom Gems\u201d; fetched 42 tracks.");
        assertThat(told).hasSize(1);
        assertThat(model.linkProperty().get()).as("the form is ready for the next one").isEmpty();
        assertThat(model.linkProblemProperty().get()).as("an emptied form is not told off").isNull();
    }

    @Test
    void anEmptiedLinkIsAProblemOnlyOnceTyped() {
        AddPlaylistViewModel model = model();
        assertThat(model.linkProblemProperty().get()).isNull();
        assertThat(model.canAddProperty().get()).isFalse();

        model.linkProperty().set("x");
        model.linkProperty().set("");

        assertThat(model.linkProblemProperty().get()).isEqualTo("Paste the playlist's Spotify link.");
    }

    @Test
    void theMessageWaitsForAPauseInTheTypingButTheButtonDoesNot() {
        List<Runnable> waiting = new ArrayList<>();
        AddPlaylistViewModel model = model(new Debouncer() {
            @Override
            public void run(Runnable action) {
                waiting.clear();
                waiting.add(action);
            }

            @Override
            public void cancel() {
                waiting.clear();
            }
        });

        model.linkProperty().set("https://open.spotify.com/track/4uLU6hMCjMI75M1A2tKUQC");
        assertThat(model.linkProblemProperty().get()).isNull();
        assertThat(model.canAddProperty().get()).isFalse();

        waiting.get(0).run();
        assertThat(model.linkProblemProperty().get()).contains("track link");
    }

    @Test
    void aBadChartmetricLinkBlocksTheAddAndAGoodOneIsPassedOn() {
        AddPlaylistViewModel model = model();
        model.linkProperty().set(ID);

        model.chartmetricLinkProperty().set("https://example.com/playlist/1");
        assertThat(model.chartmetricProblemProperty().get()).contains("is not a Chartmetric link");
        assertThat(model.canAddProperty().get()).isFalse();

        model.chartmetricLinkProperty().set("https://app.chartmetric.com/playlist/spotify/12345");
        assertThat(model.chartmetricProblemProperty().get()).isNull();
        model.add();
        assertThat(calls.get(0)).containsExactly(ID, "https://app.chartmetric.com/playlist/spotify/12345", "true",
                "true");
    }

    @Test
    void offlineTheAddSaysItWillBeFetchedLater() {
        adder = (link, cm, fetch, enrich) -> new PlaylistAdded(8, "Late Night", false, Optional.empty(),
                Optional.of("Spotify could not be reached (offline)."));
        AddPlaylistViewModel model = model();
        model.linkProperty().set(ID);

        model.add();

        assertThat(model.resultProperty().get())
                .isEqualTo("Added \u201cLate Night\u201d; it will be fetched when you are online.");
        assertThat(model.errorProperty().get()).isNull();
    }

    @Test
    void aFailedAddSaysWhyAndKeepsTheInput() {
        adder = (link, cm, fetch, enrich) -> {
            throw new SourceUnavailableException("Spotify says this playlist is private.", null);
        };
        AddPlaylistViewModel model = model();
        model.linkProperty().set("spotify:playlist:" + ID);

        model.add();

        assertThat(model.errorProperty().get()).isEqualTo("Not added: Spotify says this playlist is private.");
        assertThat(model.resultProperty().get()).isNull();
        assertThat(model.linkProperty().get()).isEqualTo("spotify:playlist:" + ID);
        assertThat(model.canAddProperty().get()).as("the scout may try again").isTrue();
        assertThat(model.runningProperty().get()).isFalse();
        assertThat(told).isEmpty();
    }

    @Test
    void theCheckBoxesStartOnAndAreRemembered() {
        AddPlaylistViewModel first = model();
        assertThat(first.autoFetchProperty().get()).isTrue();
        assertThat(first.autoEnrichProperty().get()).isTrue();
        first.autoEnrichProperty().set(false);
        first.linkProperty().set(ID);
        first.add();
        assertThat(calls.get(0)[3]).isEqualTo("false");

        AddPlaylistViewModel second = model();
        assertThat(second.autoFetchProperty().get()).isTrue();
        assertThat(second.autoEnrichProperty().get()).as("remembered from the last add").isFalse();
    }

    @Test
    void aPlaylistJustAddedCountsAsTracked() {
        AddPlaylistViewModel model = model();
        model.linkProperty().set(ID);
        model.add();

        model.linkProperty().set("spotify:playlist:" + ID);

        assertThat(model.linkProblemProperty().get()).isEqualTo("\u201cBedroom Gems\u201d is tracked already; fetch "
                + "it from the Playlists page instead.");
        assertThat(model.canAddProperty().get()).isFalse();
    }
}
