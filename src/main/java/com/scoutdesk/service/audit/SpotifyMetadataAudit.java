package com.scoutdesk.service.audit;

import com.scoutdesk.persistence.Database;
import com.scoutdesk.service.export.AtomicFileExport;
import com.scoutdesk.service.export.CsvOptions;
import com.scoutdesk.service.export.CsvWriter;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import java.util.stream.Stream;

/**
 * The two-step Spotify metadata audit: {@link #fetch} writes one CSV row per track (track_id, spotify_id,
 * spotify_popularity, isrc) and only reads the database; the scout checks or fills in the file; {@link #apply}
 * checks every row against this workspace first and then writes the popularity and ISRC values in batches.
 *
 * <p>Applying is idempotent: values equal to the stored ones are not written again, an empty cell keeps the stored
 * value, and a value a scout set by hand (a manual override) is never replaced. A track's spotify_id must match
 * the stored one, so a file fetched from another workspace cannot write into this one.
 */
public final class SpotifyMetadataAudit {

    /** Rows written per transaction: a crash loses at most one batch, and applying again finishes the rest. */
    static final int BATCH_SIZE = 500;

    private final Database db;
    private final Clock clock;
    private final LongConsumer isrcChanged;

    /** @param isrcChanged told the id of each track whose ISRC changed, after its batch committed (re-scoring) */
    public SpotifyMetadataAudit(Database db, Clock clock, LongConsumer isrcChanged) {
        this.db = db;
        this.clock = clock;
        this.isrcChanged = isrcChanged;
    }

    /**
     * Writes the audit file for the selected tracks, ordered by track id. Unknown values are empty cells, never 0.
     * The file replaces {@code target} only when complete.
     *
     * @return the number of rows written
     */
    public long fetch(AuditSelection selection, Path target) throws IOException {
        return AtomicFileExport.write(target, out -> {
            try {
                return db.read(em -> {
                    try (CsvWriter csv = new CsvWriter(out, CsvOptions.defaults())) {
                        csv.writeHeader(AuditFileReader.COLUMNS);
                        writeRows(em, selection, csv);
                        return csv.rowsWritten();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        });
    }

    private static void writeRows(EntityManager em, AuditSelection selection, CsvWriter csv) throws IOException {
        StringBuilder query = new StringBuilder("select t.id, t.spotifyId, t.popularity, t.isrc from Track t "
                + "where 1 = 1");
        selection.playlistId().ifPresent(p -> query.append(
                " and t.id in (select e.track.id from PlaylistEntry e where e.playlist.id = :playlist)"));
        if (selection.missingIsrc()) {
            query.append(" and t.isrc is null");
        }
        if (selection.missingPopularity()) {
            query.append(" and t.popularity is null");
        }
        var typed = em.createQuery(query.append(" order by t.id").toString(), Object[].class)
                .setHint("org.hibernate.fetchSize", 1000);
        selection.playlistId().ifPresent(p -> typed.setParameter("playlist", p));
        try (Stream<Object[]> rows = typed.getResultStream()) {
            for (Iterator<Object[]> it = rows.iterator(); it.hasNext(); ) {
                // The id and popularity are Numbers and stay numbers; the text cells go through the formula guard.
                csv.writeRow(Arrays.asList(it.next()));
            }
        }
    }

    /**
     * Reads and checks a whole audit file against this workspace without writing anything.
     *
     * @return the rows, all valid
     * @throws InvalidAuditFileException listing every bad row by line number, if any row is bad
     */
    public List<AuditRow> check(Reader file) throws IOException {
        AuditFileReader.Result read = AuditFileReader.read(file);
        List<String> problems = new ArrayList<>(read.problems());
        Map<Long, String> stored = storedSpotifyIds(read.rows().stream().map(AuditRow::trackId).toList());
        for (AuditRow row : read.rows()) {
            String at = "line " + row.line() + ": ";
            String spotifyId = stored.get(row.trackId());
            if (spotifyId == null) {
                problems.add(at + "there is no track " + row.trackId() + " in this workspace; the file may come "
                        + "from another workspace: fetch a new file from this one, or delete the row");
            } else if (!spotifyId.equals(row.spotifyId())) {
                problems.add(at + "spotify_id " + row.spotifyId() + " is not the Spotify id of track "
                        + row.trackId() + " (" + spotifyId + "); the file may come from another workspace or "
                        + "have shifted cells: fetch a new file from this workspace");
            }
        }
        if (!problems.isEmpty()) {
            problems.sort((a, b) -> Long.compare(lineOf(a), lineOf(b)));
            throw new InvalidAuditFileException(problems);
        }
        return read.rows();
    }

    private Map<Long, String> storedSpotifyIds(List<Long> ids) {
        Map<Long, String> stored = new HashMap<>();
        for (int i = 0; i < ids.size(); i += BATCH_SIZE) {
            List<Long> chunk = ids.subList(i, Math.min(ids.size(), i + BATCH_SIZE));
            db.read(em -> em.createQuery("select t.id, t.spotifyId from Track t where t.id in :ids", Object[].class)
                    .setParameter("ids", chunk).getResultList())
                    .forEach(r -> stored.put((Long) r[0], (String) r[1]));
        }
        return stored;
    }

    private static long lineOf(String problem) {
        int end = problem.indexOf(':');
        return Long.parseLong(problem.substring("line ".length(), end));
    }

    /**
     * Checks the whole file (see {@link #check}) and, only if every row is valid, writes it in batches of
     * {@value #BATCH_SIZE} rows per transaction.
     *
     * @throws InvalidAuditFileException if any row is bad; then nothing is written
     */
    public ApplyReport apply(Reader file) throws IOException {
        List<AuditRow> rows = check(file);
        MetadataCounts before = counts();
        AuditBatch.Tally total = new AuditBatch.Tally();
        for (int i = 0; i < rows.size(); i += BATCH_SIZE) {
            List<AuditRow> chunk = rows.subList(i, Math.min(rows.size(), i + BATCH_SIZE));
            AuditBatch.Tally tally = db.write(em -> AuditBatch.apply(em, chunk, clock.instant()));
            tally.isrcChangedTracks().forEach(isrcChanged::accept);
            total.add(tally);
        }
        return new ApplyReport(before, counts(), rows.size(), total.changed(), total.unchanged(),
                total.keptManual(), total.isrcsWritten(), total.popularityWritten(), total.manualValuesKept());
    }

    /** How many tracks the workspace holds, and how many have an ISRC and a popularity. */
    public MetadataCounts counts() {
        return db.read(em -> {
            Object[] r = em.createQuery("select count(t), count(t.isrc), count(t.popularity) from Track t",
                    Object[].class).getSingleResult();
            return new MetadataCounts((Long) r[0], (Long) r[1], (Long) r[2]);
        });
    }
}
