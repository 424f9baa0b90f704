package com.scoutdesk.integration.spotify;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.scoutdesk.model.fetch.FetchedTrackMetadata;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Tracks already read, by Spotify id, whichever call read them: tier 0 and tier 1 both need every track of a pass, and
 * a track read in a batch of 50 by one must not cost the other a request of its own. The URL-keyed response cache
 * cannot do this, since a batch answer and a single look-up have different URLs. Bounded and short-lived: catalogue
 * data moves slowly, but popularity is re-read weekly. Thread-safe.
 */
final class TrackMetadataCache {

    static final Duration TTL = Duration.ofHours(1);
    static final long MAX_TRACKS = 20_000;

    private final Cache<String, FetchedTrackMetadata> tracks = Caffeine.newBuilder()
            .expireAfterWrite(TTL).maximumSize(MAX_TRACKS).build();

    /** The track, from the cache or else from {@code fetch} (whose answer is kept). */
    FetchedTrackMetadata track(String id, Function<String, FetchedTrackMetadata> fetch) {
        FetchedTrackMetadata known = tracks.getIfPresent(id);
        if (known != null) {
            return known;
        }
        FetchedTrackMetadata fetched = fetch.apply(id);
        keep(fetched);
        return fetched;
    }

    /**
     * The tracks in the order of {@code ids}: the cached ones, and the others from one call of {@code fetch} with only
     * those ids (not made when all are cached). Ids the fetch does not answer are left out.
     */
    List<FetchedTrackMetadata> tracks(List<String> ids, Function<List<String>, List<FetchedTrackMetadata>> fetch) {
        Map<String, FetchedTrackMetadata> found = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (String id : ids) {
            FetchedTrackMetadata known = tracks.getIfPresent(id);
            if (known != null) {
                found.put(id, known);
            } else if (!missing.contains(id)) {
                missing.add(id);
            }
        }
        List<FetchedTrackMetadata> fetched = missing.isEmpty() ? List.of() : fetch.apply(missing);
        fetched.forEach(t -> {
            keep(t);
            found.putIfAbsent(t.id(), t);
        });
        List<FetchedTrackMetadata> out = new ArrayList<>();
        ids.stream().distinct().map(found::get).filter(Objects::nonNull).forEach(out::add);
        found.values().stream().filter(t -> !out.contains(t)).forEach(out::add);
        return out;
    }

    private void keep(FetchedTrackMetadata track) {
        tracks.put(track.id(), track);
    }
}
