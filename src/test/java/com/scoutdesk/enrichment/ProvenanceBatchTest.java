package com.scoutdesk.enrichment;

import static org.assertj.core.api.Assertions.assertThat;

import com.scoutdesk.model.FieldProvenance;
import com.scoutdesk.model.Track;
import com.scoutdesk.persistence.Database;
import com.scoutdesk.testing.TestDatabases;
import com.scoutdesk.testing.TestDatabases.Engine;
import com.scoutdesk.testing.TestTracks;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A batch's provenance written with plain SQL, many rows to a statement, on both engines. */
class ProvenanceBatchTest {

    static final Instant T0 = Instant.parse("2026-11-01T08:00:00Z");
    static final Instant T1 = Instant.parse("2026-11-24T09:30:00Z");

    @TempDir
    Path dir;

    /** More rows than one statement takes, a remainder, an update and a manual override left alone. */
    @ParameterizedTest
    @EnumSource(Engine.class)
    void writesNewRowsInStatementsOfManyAndUpdatesStoredOnesButNotOverrides(Engine engine) {
        try (Database db = Database.open(TestDatabases.fresh(engine, dir))) {
            List<Long> ids = db.write(em -> {
                List<Long> made = new ArrayList<>();
                for (int i = 0; i < 5; i++) {
                    Track t = TestTracks.track(String.format("B%021d", i), "Track " + i, "Artist", T0);
                    em.persist(t);
                    made.add(t.getId());
                }
                em.persist(new FieldProvenance(new FieldProvenance.Key(made.get(0), "f0"), "spotify-api", 0, T0,
                        false));
                em.persist(new FieldProvenance(new FieldProvenance.Key(made.get(0), "f1"), "manual", null, T0,
                        true));
                return made;
            });
            int perTrack = 2 * ProvenanceBatch.ROWS_PER_INSERT / 5 + 7; // 2 full statements and a remainder

            db.writeVoid(em -> em.unwrap(Session.class).doWork(c -> {
                ProvenanceBatch batch = ProvenanceBatch.load(c, ids);
                assertThat(batch.get(ids.get(0), "f1").manualOverride()).isTrue();
                for (long id : ids) {
                    for (int f = 0; f < perTrack; f++) {
                        if (f % 3 == 0) {
                            batch.notAvailable(id, "f" + f, "spotify-api", 1, T1);
                        } else {
                            batch.found(id, "f" + f, "spotify-api", 1, T1);
                        }
                    }
                }
                batch.write(c);
            }));

            List<FieldProvenance> rows = db.read(em -> em.createQuery("select p from FieldProvenance p",
                    FieldProvenance.class).getResultList());
            assertThat(rows).hasSize(5 * perTrack);
            FieldProvenance updated = find(rows, ids.get(0), "f0");
            assertThat(updated.getTier()).isEqualTo(1);
            assertThat(updated.getFetchedAt()).isEqualTo(T1);
            assertThat(updated.isNotAvailable()).isTrue();
            FieldProvenance override = find(rows, ids.get(0), "f1");
            assertThat(override.isManualOverride()).isTrue();
            assertThat(override.getFetchedAt()).as("an override is never overwritten").isEqualTo(T0);
            FieldProvenance last = find(rows, ids.get(4), "f" + (perTrack - 1));
            assertThat(last.getSource()).isEqualTo("spotify-api");
            assertThat(last.getFetchedAt()).isEqualTo(T1);
            assertThat(last.isNotAvailable()).isEqualTo((perTrack - 1) % 3 == 0);
            assertThat(last.isManualOverride()).isFalse();
        }
    }

    private static FieldProvenance find(List<FieldProvenance> rows, long trackId, String field) {
        return rows.stream().filter(p -> p.getKey().getTrackId() == trackId && p.getKey().getField().equals(field))
                .findFirst().orElseThrow();
    }
}
