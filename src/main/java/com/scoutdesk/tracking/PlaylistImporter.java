package com.scoutdesk.tracking;

import com.scoutdesk.model.Playlist;
import com.scoutdesk.model.Week;
import com.scoutdesk.model.id.SpotifyRef;
import com.scoutdesk.persistence.Database;
import com.scoutdesk.persistence.JdbcValues;
import jakarta.persistence.EntityManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.hibernate.Session;

/**
 * A manual import in two streaming passes over the file, so memory stays flat however long it is: the first checks
 * every line and counts the rows (nothing is written if any line is bad), the second writes the rows in JDBC batches
 * inside ONE transaction, so a failure or a kill part-way leaves the workspace as it was.
 */
final class PlaylistImporter {

    /** Rows between two progress reports. */
    static final int PROGRESS_EVERY = 10_000;

    private final Database db;
    private final Clock clock;
    private final BiFunction<EntityManager, SpotifyRef, Playlist> newPlaylist;

    /** @param newPlaylist stores a playlist the import names that is not tracked yet */
    PlaylistImporter(Database db, Clock clock, BiFunction<EntityManager, SpotifyRef, Playlist> newPlaylist) {
        this.db = db;
        this.clock = clock;
        this.newPlaylist = newPlaylist;
    }

    /**
     * What to import and how.
     *
     * @param goodRowsOnly write the good rows and leave out the bad lines (the scout saw them and chose so);
     *                     otherwise one bad line refuses the whole input
     */
    record Request(ImportSource source, Optional<SpotifyRef> defaultPlaylist, boolean complete, Week week,
                   long maxRows, boolean goodRowsOnly) {
    }

    /**
     * @param appeared told the tracks new to a playlist, after the import committed
     */
    List<FetchResult> run(Request request, ImportProgress progress, Consumer<Set<Long>> appeared) {
        Map<SpotifyRef, Long> counts = request.goodRowsOnly()
                ? ManualImport.scan(request.source(), request.defaultPlaylist(), request.maxRows(), true, row -> { },
                        progress::read).counts()
                : ManualImport.read(request.source(), request.defaultPlaylist(), request.maxRows(), row -> { },
                        progress::read);
        if (counts.isEmpty()) {
            throw new ManualImport.InvalidImportException(List.of("no line holds a track that can be imported"));
        }
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        progress.written(0, total);
        Instant started = clock.instant();
        FetchRecorder[] recorders = new FetchRecorder[1];
        List<FetchResult> results = db.write(em -> {
            Map<SpotifyRef, Playlist> playlists = new LinkedHashMap<>();
            counts.keySet().forEach(ref -> playlists.put(ref, em.createQuery("select p from Playlist p "
                    + "where p.spotifyId = :id", Playlist.class).setParameter("id", ref.id()).getResultStream()
                    .findFirst().orElseGet(() -> newPlaylist.apply(em, ref))));
            em.flush(); // the entries the writer inserts refer to these rows
            Map<SpotifyRef, ImportWriter.Written> written = write(em, request, playlists, total, progress);
            FetchRecorder recorder = new FetchRecorder(em, clock.instant());
            recorders[0] = recorder;
            List<FetchResult> out = new ArrayList<>();
            written.forEach((ref, w) -> out.add(recorder.recordImported(playlists.get(ref), request.week(), w,
                    request.complete(), started)));
            return out;
        });
        if (!recorders[0].appeared().isEmpty()) {
            appeared.accept(recorders[0].appeared());
        }
        return results;
    }

    private Map<SpotifyRef, ImportWriter.Written> write(EntityManager em, Request request,
                                                        Map<SpotifyRef, Playlist> playlists, long total,
                                                        ImportProgress progress) {
        Map<SpotifyRef, Long> ids = new LinkedHashMap<>();
        playlists.forEach((ref, p) -> ids.put(ref, p.getId()));
        return em.unwrap(Session.class).doReturningWork(c -> {
            try (ImportWriter writer = new ImportWriter(c, db.dialect(), ids, request.week().start(),
                    JdbcValues.timestamp(clock.instant()), total, done -> progress.written(done, total))) {
                ManualImport.scan(request.source(), request.defaultPlaylist(), request.maxRows(),
                        request.goodRowsOnly(), row -> {
                    try {
                        writer.add(row);
                    } catch (SQLException e) {
                        throw new WriteFailed(e);
                    }
                        }, rows -> { });
                return writer.finish(request.complete());
            } catch (WriteFailed e) {
                throw e.getCause();
            }
        });
    }

    /** Carries a JDBC failure out of the row callback, which cannot throw it. */
    private static final class WriteFailed extends RuntimeException {
        WriteFailed(SQLException cause) {
            super(cause);
        }

        @Override
        public synchronized SQLException getCause() {
            return (SQLException) super.getCause();
        }
    }
}
