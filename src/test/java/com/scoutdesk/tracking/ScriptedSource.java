package com.scoutdesk.tracking;

import com.scoutdesk.integration.common.ProviderException;
import com.scoutdesk.model.FetchMethod;
import com.scoutdesk.model.fetch.FetchedArtist;
import com.scoutdesk.model.fetch.FetchedItem;
import com.scoutdesk.model.fetch.FetchedPlaylist;
import com.scoutdesk.model.fetch.FetchedTrack;
import com.scoutdesk.model.fetch.PlaylistMetadata;
import com.scoutdesk.model.id.SpotifyRef;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;

/** A playlist source for tests that answers from a script, one answer per call, and counts the calls. */
final class ScriptedSource implements PlaylistSource {

    private final FetchMethod method;
    private final Deque<Supplier<FetchedPlaylist>> answers = new ArrayDeque<>();
    final List<String> calls = new ArrayList<>();
    boolean configured = true;

    ScriptedSource(FetchMethod method) {
        this.method = method;
    }

    ScriptedSource then(Supplier<FetchedPlaylist> answer) {
        answers.add(answer);
        return this;
    }

    ScriptedSource thenFail(ProviderException e) {
        return then(() -> {
            throw e;
        });
    }

    @Override
    public FetchMethod method() {
        return method;
    }

    @Override
    public boolean isConfigured() {
        return configured;
    }

    @Override
    public PlaylistMetadata metadata(SpotifyRef playlist) {
        return fetch(playlist).metadata();
    }

    @Override
    public FetchedPlaylist fetch(SpotifyRef playlist) {
        calls.add(playlist.id());
        if (answers.isEmpty()) {
            throw new AssertionError(method + " was asked more often than scripted");
        }
        return answers.poll().get();
    }

    /** A complete playlist of the given track keys (each key becomes a 22-character id). */
    static FetchedPlaylist playlist(FetchMethod source, String name, String... keys) {
        return new FetchedPlaylist(meta(name), items(keys), keys.length, 0, 0, true, source);
    }

    /** A partial read: {@code keys} of {@code expected}. */
    static FetchedPlaylist partial(FetchMethod source, int expected, String... keys) {
        return new FetchedPlaylist(meta("Partial"), items(keys), expected, 0, 0, false, source);
    }

    static PlaylistMetadata meta(String name) {
        return new PlaylistMetadata(null, name, "Curator", "curator", 1234L, null, null, null);
    }

    static List<FetchedItem> items(String... keys) {
        List<FetchedItem> items = new ArrayList<>();
        for (int i = 0; i < keys.length; i++) {
            items.add(new FetchedItem(i + 1, track(keys[i]), null));
        }
        return items;
    }

    static FetchedTrack track(String key) {
        return new FetchedTrack(id(key), "Song " + key, List.of(new FetchedArtist(null, "Artist " + key)), "Album",
                null, 180_000, false, "2026-11-01", null);
    }

    static String id(String key) {
        return (key + "0000000000000000000000").substring(0, 22);
    }
}
