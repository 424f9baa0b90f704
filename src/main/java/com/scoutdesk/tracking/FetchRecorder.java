package com.scoutdesk.tracking;

import com.scoutdesk.alerts.EditorialArrivals;
import com.scoutdesk.model.ActivityEvent;
import com.scoutdesk.model.FetchMethod;
import com.scoutdesk.model.FetchOutcome;
import com.scoutdesk.model.Playlist;
import com.scoutdesk.model.PlaylistEntry;
import com.scoutdesk.model.PlaylistFetch;
import com.scoutdesk.model.PlaylistStatus;
import com.scoutdesk.model.Track;
import com.scoutdesk.model.Week;
import com.scoutdesk.model.fetch.FetchedItem;
import com.scoutdesk.model.fetch.FetchedPlaylist;
import com.scoutdesk.model.fetch.PlaylistMetadata;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes the outcome of one fetch inside the caller's transaction: the week's entries, new tracks, the fetch record,
 * the playlist's health and an activity event. Drops are only ever computed from a complete fetch against the
 * previous complete fetch, so a failed or partial fetch never makes a track look dropped.
 */
final class FetchRecorder {

    private final EntityManager em;
    private final Instant now;

    /** Tracks that are on a playlist they were not on at its previous complete fetch (all of them at the first). */
    private final Set<Long> appeared = new HashSet<>();

    FetchRecorder(EntityManager em, Instant now) {
        this.em = em;
        this.now = now;
    }

    FetchResult recordFetched(Playlist playlist, Week week, FetchedPlaylist fetched, Instant startedAt) {
        FetchOutcome outcome = fetched.complete() ? FetchOutcome.COMPLETE
                : fetched.items().isEmpty() ? FetchOutcome.FAILED : FetchOutcome.PARTIAL;
        if (outcome == FetchOutcome.FAILED) {
            return recordFailure(playlist, week, fetched.source(), partialMessage(fetched), null, startedAt);
        }
        Set<Long> previous = previousCompleteSet(playlist).orElse(null);
        TrackCatalog catalog = new TrackCatalog(em, fetched.source().sourceId(), now);
        Map<String, Track> tracks = catalog.resolve(fetched.items().stream().map(FetchedItem::track).toList());

        Map<Long, PlaylistEntry> existing = new HashMap<>();
        entries(playlist, week.start()).forEach(e -> existing.put(e.getTrack().getId(), e));
        Set<Long> current = new HashSet<>();
        Set<Long> arrived = new LinkedHashSet<>();
        for (FetchedItem item : fetched.items()) {
            Track track = tracks.get(item.track().spotifyId());
            if (!current.add(track.getId())) {
                continue; // the same track twice in one playlist: its first position counts
            }
            PlaylistEntry entry = existing.get(track.getId());
            boolean isNew = entry == null;
            if (isNew) {
                entry = new PlaylistEntry();
                entry.setWeekStart(week.start());
                entry.setPlaylist(playlist);
                entry.setTrack(track);
                entry.setFirstSeenAt(now);
            }
            entry.setPosition(item.position());
            entry.setAddedAt(item.addedAt());
            entry.setLastSeenAt(now);
            if (isNew) {
                em.persist(entry);
                arrived.add(track.getId());
            }
        }
        EditorialArrivals.record(em, playlist, week.start(), arrived, now);
        current.stream().filter(id -> previous == null || !previous.contains(id)).forEach(appeared::add);
        Integer newSincePrevious = previous == null ? null
                : (int) current.stream().filter(id -> !previous.contains(id)).count();
        Integer added = newSincePrevious;
        Integer dropped = null;
        if (outcome == FetchOutcome.COMPLETE) {
            existing.values().stream().filter(e -> !current.contains(e.getTrack().getId())).forEach(em::remove);
            // With no earlier complete fetch, everything a complete fetch sees is new and nothing dropped.
            added = previous == null ? current.size() : newSincePrevious;
            dropped = previous == null ? 0 : (int) previous.stream().filter(id -> !current.contains(id)).count();
        }
        String message = outcome == FetchOutcome.COMPLETE
                ? "Fetched " + current.size() + " tracks (" + added + " new, " + dropped + " dropped)"
                + skippedNote(fetched) + " from the " + sourceName(fetched.source())
                : fetched.source() == FetchMethod.MANUAL ? partialMessage(fetched)
                : partialMessage(fetched) + "; kept what was read, no drops counted";
        applyMetadata(playlist, fetched.metadata());
        playlist.setLastCheckedAt(now);
        playlist.setFetchMethod(fetched.source());
        if (outcome == FetchOutcome.COMPLETE) {
            playlist.setLastGoodFetchAt(now);
            playlist.setLastError(null);
            playlist.setStatus(PlaylistStatus.ACTIVE);
        } else if (fetched.source() != FetchMethod.MANUAL) {
            playlist.setLastError(message);
        }
        if (playlist.getStatus() == PlaylistStatus.NOT_YET_CHECKED) {
            playlist.setStatus(PlaylistStatus.ACTIVE); // a source served it, if only in part
        }
        PlaylistFetch record = save(playlist, week, fetched.source(), outcome, counts(fetched), added, dropped,
                message, startedAt);
        if (outcome == FetchOutcome.COMPLETE) {
            record.getTrackIds().addAll(current);
        }
        return new FetchResult(playlist.getId(), playlist.getName(), week, outcome, fetched.source(), current.size(),
                fetched.expectedTotal() < 0 ? null : fetched.expectedTotal(), added, dropped, catalog.createdCount(),
                message);
    }

    /** The tracks whose playlist appearances this recorder changed, to be re-scored once the fetch commits. */
    Set<Long> appeared() {
        return Set.copyOf(appeared);
    }

    /** Every source failed: only the attempt is recorded; entries stay exactly as they were. */
    FetchResult recordFailure(Playlist playlist, Week week, FetchMethod source, String message,
                              PlaylistStatus newStatus, Instant startedAt) {
        playlist.setLastCheckedAt(now);
        playlist.setLastError(message);
        if (newStatus != null) {
            playlist.setStatus(newStatus);
        }
        save(playlist, week, source, FetchOutcome.FAILED, new int[] {-1, 0, 0, 0}, null, null, message, startedAt);
        return new FetchResult(playlist.getId(), playlist.getName(), week, FetchOutcome.FAILED, source, 0, null, null,
                null, 0, message);
    }

    private Optional<Set<Long>> previousCompleteSet(Playlist playlist) {
        return em.createQuery("select f from PlaylistFetch f where f.playlist = :p and f.outcome = :complete "
                + "order by f.startedAt desc, f.id desc", PlaylistFetch.class).setParameter("p", playlist)
                .setParameter("complete", FetchOutcome.COMPLETE).setMaxResults(1).getResultStream().findFirst()
                .map(f -> new HashSet<>(f.getTrackIds()));
    }

    private List<PlaylistEntry> entries(Playlist playlist, LocalDate week) {
        return em.createQuery("select e from PlaylistEntry e join fetch e.track where e.playlist = :p "
                + "and e.weekStart = :w", PlaylistEntry.class).setParameter("p", playlist).setParameter("w", week)
                .getResultList();
    }

    void applyMetadata(Playlist p, PlaylistMetadata m) {
        if (m == null) {
            return;
        }
        if (m.name() != null && !m.name().isBlank()) {
            p.setName(m.name());
        }
        if (m.ownerName() != null) {
            p.setOwnerName(m.ownerName());
        }
        if (m.ownerId() != null) {
            p.setOwnerId(m.ownerId());
        }
        if (m.followers() != null) {
            p.setFollowers(m.followers());
        }
        if (m.totalTracks() != null) {
            p.setTotalTracks(m.totalTracks());
        }
        if (m.imageUrl() != null) {
            p.setImageUrl(m.imageUrl());
        }
        if (m.description() != null) {
            p.setDescription(m.description());
        }
    }

    /** Expected (or -1), read, skipped unavailable and skipped local items, as the fetch record stores them. */
    private static int[] counts(FetchedPlaylist f) {
        return new int[] {f.expectedTotal(), f.items().size(), f.skippedUnavailable(), f.skippedLocal()};
    }

    /**
     * Records a manual import that {@link ImportWriter} has written: the fetch record, its track set when complete,
     * the playlist's health and the activity event, with adds and drops counted as for a fetch.
     */
    FetchResult recordImported(Playlist playlist, Week week, ImportWriter.Written w, boolean complete,
                               Instant startedAt) {
        Set<Long> current = w.current();
        Set<Long> previous = w.previous();
        EditorialArrivals.record(em, playlist, week.start(), current, now);
        current.stream().filter(id -> previous == null || !previous.contains(id)).forEach(appeared::add);
        Integer added = null;
        Integer dropped = null;
        if (previous != null) {
            added = (int) current.stream().filter(id -> !previous.contains(id)).count();
        }
        if (complete) {
            added = previous == null ? current.size() : added;
            dropped = previous == null ? 0 : (int) previous.stream().filter(id -> !current.contains(id)).count();
        }
        int rows = (int) w.rows();
        String message = complete ? "Fetched " + current.size() + " tracks (" + added + " new, " + dropped
                + " dropped) from the " + sourceName(FetchMethod.MANUAL)
                : "imported " + rows + " tracks by hand (not marked complete, so no drops are counted)";
        FetchOutcome outcome = complete ? FetchOutcome.COMPLETE : FetchOutcome.PARTIAL;
        playlist.setLastCheckedAt(now);
        playlist.setFetchMethod(FetchMethod.MANUAL);
        if (complete) {
            playlist.setLastGoodFetchAt(now);
            playlist.setLastError(null);
            playlist.setStatus(PlaylistStatus.ACTIVE);
        }
        PlaylistFetch record = save(playlist, week, FetchMethod.MANUAL, outcome,
                new int[] {complete ? rows : -1, rows, 0, 0}, added, dropped, message, startedAt);
        if (complete) {
            em.flush();
            em.unwrap(Session.class).doWork(c -> ImportWriter.insertTrackSet(c, record.getId(), current));
        }
        return new FetchResult(playlist.getId(), playlist.getName(), week, outcome, FetchMethod.MANUAL,
                current.size(), complete ? Integer.valueOf(rows) : null, added, dropped, w.newTracks(), message);
    }

    private PlaylistFetch save(Playlist playlist, Week week, FetchMethod source, FetchOutcome outcome,
                               int[] counts, Integer added, Integer dropped, String message, Instant startedAt) {
        PlaylistFetch f = new PlaylistFetch();
        f.setPlaylist(playlist);
        f.setWeekStart(week.start());
        f.setStartedAt(startedAt);
        f.setFinishedAt(now);
        f.setSource(source);
        f.setOutcome(outcome);
        f.setItemsExpected(counts[0] < 0 ? null : counts[0]);
        f.setItemsRead(counts[1]);
        f.setSkippedUnavailable(counts[2]);
        f.setSkippedLocal(counts[3]);
        f.setAddedCount(added);
        f.setDroppedCount(dropped);
        f.setMessage(truncate(message));
        em.persist(f);

        ActivityEvent event = new ActivityEvent();
        event.setOccurredAt(now);
        event.setActor("tracking");
        event.setKind("playlist.fetched");
        event.setPlaylist(playlist);
        event.setOutcome(outcome.name().toLowerCase(Locale.ROOT));
        event.setMessage(truncate(playlist.getName() + ": " + message));
        em.persist(event);
        return f;
    }

    static String partialMessage(FetchedPlaylist f) {
        String of = f.expectedTotal() >= 0 ? " of " + f.expectedTotal() : "";
        if (f.source() == FetchMethod.MANUAL) {
            return "imported " + f.readCount() + " tracks by hand (not marked complete, so no drops are counted)";
        }
        if (f.shortfall() != null) {
            return f.shortfall();
        }
        return f.source() == FetchMethod.WEB_PLAYER
                ? "the web player changed: fetched " + f.readCount() + of
                : "incomplete fetch from the " + sourceName(f.source()) + ": fetched " + f.readCount() + of;
    }

    private static String skippedNote(FetchedPlaylist f) {
        int skipped = f.skippedUnavailable() + f.skippedLocal();
        return skipped == 0 ? "" : ", skipped " + f.skippedUnavailable() + " unavailable and " + f.skippedLocal()
                + " local items";
    }

    static String sourceName(FetchMethod source) {
        if (source == null) {
            return "no source";
        }
        return switch (source) {
            case WEB_API -> "Spotify Web API";
            case WEB_PLAYER -> "web player";
            case MANUAL -> "manual import";
            case SAMPLE -> "sample";
        };
    }

    private static String truncate(String s) {
        return s == null || s.length() <= 2000 ? s : s.substring(0, 1997) + "...";
    }
}
