package com.scoutdesk.service.audit;

import com.scoutdesk.model.FieldProvenance;
import com.scoutdesk.model.Track;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes one batch of checked audit rows inside the caller's transaction: each differing value with its provenance,
 * never over a scout's manual override, and nothing for values that are already stored.
 */
final class AuditBatch {

    /** The provenance source of every value an audit file wrote. */
    static final String SOURCE = "audit-csv";
    static final String ISRC_FIELD = "isrc";
    static final String POPULARITY_FIELD = "popularity";

    private AuditBatch() {
    }

    /** Running counts of what the batches did. */
    static final class Tally {
        private int changed;
        private int unchanged;
        private int keptManual;
        private int isrcsWritten;
        private int popularityWritten;
        private int manualValuesKept;
        private final List<Long> isrcChangedTracks = new ArrayList<>();

        void add(Tally other) {
            changed += other.changed;
            unchanged += other.unchanged;
            keptManual += other.keptManual;
            isrcsWritten += other.isrcsWritten;
            popularityWritten += other.popularityWritten;
            manualValuesKept += other.manualValuesKept;
            isrcChangedTracks.addAll(other.isrcChangedTracks);
        }

        int changed() {
            return changed;
        }

        int unchanged() {
            return unchanged;
        }

        int keptManual() {
            return keptManual;
        }

        int isrcsWritten() {
            return isrcsWritten;
        }

        int popularityWritten() {
            return popularityWritten;
        }

        int manualValuesKept() {
            return manualValuesKept;
        }

        List<Long> isrcChangedTracks() {
            return isrcChangedTracks;
        }
    }

    /** What writing one field did. */
    private enum FieldOutcome { WRITTEN, SAME, MANUAL }

    static Tally apply(EntityManager em, List<AuditRow> rows, Instant now) {
        List<Long> ids = rows.stream().map(AuditRow::trackId).toList();
        Map<Long, Track> tracks = em.createQuery("select t from Track t where t.id in :ids", Track.class)
                .setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(Track::getId, Function.identity()));
        Map<FieldProvenance.Key, FieldProvenance> provenance = em.createQuery("select p from FieldProvenance p "
                        + "where p.key.trackId in :ids and p.key.field in :fields", FieldProvenance.class)
                .setParameter("ids", ids).setParameter("fields", List.of(ISRC_FIELD, POPULARITY_FIELD))
                .getResultStream().collect(Collectors.toMap(FieldProvenance::getKey, Function.identity()));
        Tally tally = new Tally();
        for (AuditRow row : rows) {
            Track track = tracks.get(row.trackId());
            if (track == null || !track.getSpotifyId().equals(row.spotifyId())) {
                // Checked before the first batch and the workspace is locked, so only a bug gets here: roll back.
                throw new IllegalStateException("Track " + row.trackId() + " changed while the audit file was "
                        + "applied (line " + row.line() + "); this batch was not written. Apply the file again.");
            }
            FieldOutcome isrc = write(em, provenance, track, ISRC_FIELD, row.isrc(), track.getIsrc(),
                    () -> track.setIsrc(row.isrc()), now);
            FieldOutcome popularity = write(em, provenance, track, POPULARITY_FIELD, row.popularity(),
                    track.getPopularity(), () -> track.setPopularity(row.popularity()), now);
            count(tally, isrc, popularity);
            if (isrc == FieldOutcome.WRITTEN) {
                tally.isrcsWritten++;
                tally.isrcChangedTracks.add(track.getId());
            }
            if (popularity == FieldOutcome.WRITTEN) {
                tally.popularityWritten++;
            }
            if (isrc == FieldOutcome.WRITTEN || popularity == FieldOutcome.WRITTEN) {
                track.setUpdatedAt(now);
            }
        }
        return tally;
    }

    private static void count(Tally tally, FieldOutcome isrc, FieldOutcome popularity) {
        tally.manualValuesKept += (isrc == FieldOutcome.MANUAL ? 1 : 0) + (popularity == FieldOutcome.MANUAL ? 1 : 0);
        if (isrc == FieldOutcome.WRITTEN || popularity == FieldOutcome.WRITTEN) {
            tally.changed++;
        } else if (isrc == FieldOutcome.MANUAL || popularity == FieldOutcome.MANUAL) {
            tally.keptManual++;
        } else {
            tally.unchanged++;
        }
    }

    /** An empty cell (null) keeps the stored value; so does an equal value, which keeps its provenance too. */
    private static FieldOutcome write(EntityManager em, Map<FieldProvenance.Key, FieldProvenance> provenance,
                                      Track track, String field, Object value, Object stored, Runnable setter,
                                      Instant now) {
        if (value == null || Objects.equals(value, stored)) {
            return FieldOutcome.SAME;
        }
        var key = new FieldProvenance.Key(track.getId(), field);
        FieldProvenance existing = provenance.get(key);
        if (existing != null && existing.isManualOverride()) {
            return FieldOutcome.MANUAL;
        }
        setter.run();
        // No tier: the value came from the scout's audit file, not from an enrichment stage.
        if (existing == null) {
            em.persist(new FieldProvenance(key, SOURCE, null, now, false));
        } else {
            existing.refresh(SOURCE, null, now);
        }
        return FieldOutcome.WRITTEN;
    }
}
