package com.scoutdesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.scoutdesk.model.LeadStage;
import com.scoutdesk.model.PublisherStatus;
import com.scoutdesk.model.Tag;
import com.scoutdesk.model.Track;
import com.scoutdesk.persistence.Database;
import com.scoutdesk.testing.TestDatabases;
import com.scoutdesk.testing.TestDatabases.Engine;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The bundled sample workspace: its shape, its marking, and that it only goes into an empty workspace. */
class SampleDataServiceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Engine.class)
    void loadsARealisticMarkedSampleOnlyIntoAnEmptyWorkspace(Engine engine) {
        try (Database db = Database.openValidated(TestDatabases.fresh(engine, dir))) {
            var workspace = new DatabaseWorkspaceQueryService(db);
            var sample = new DatabaseSampleDataService(db, workspace, CLOCK);
            assertThat(sample.isWorkspaceEmpty()).isTrue();

            WorkspaceSummary s = sample.loadSample();

            assertThat(s.sample()).isTrue();
            assertThat(s.playlists()).isGreaterThanOrEqualTo(8);
            assertThat(s.weeks()).isEqualTo(12);
            assertThat(s.tracks()).isGreaterThanOrEqualTo(600);
            assertThat(s.credits()).isGreaterThan(s.tracks());
            assertThat(s.people()).isGreaterThan(100);
            assertThat(s.contacts()).isGreaterThanOrEqualTo(10);
            assertThat(s.tags()).isGreaterThanOrEqualTo(4);
            assertThat(s.snapshots()).isGreaterThanOrEqualTo(s.tracks());
            assertThat(sample.isWorkspaceEmpty()).isFalse();
            assertThat(workspace.playlists()).anyMatch(PlaylistSummary::editorial).anyMatch(p -> !p.editorial())
                    .allMatch(p -> p.weeksTracked() == 12);
            assertThat(workspace.recentActivity(5)).first().satisfies(a -> assertThat(a.message()).contains("sample"));

            List<Double> scores = db.read(em -> em.createQuery("select t.unsignedScore from Track t "
                    + "where t.unsignedScore is not null", Double.class).getResultList());
            assertThat(scores).allMatch(x -> x >= 0 && x <= 10);
            long unexplained = db.read(em -> em.createQuery("select count(t) from Track t where t.scoreBreakdown is null",
                    Long.class).getSingleResult());
            assertThat(unexplained).as("every sample score comes from the weight table, with its evidence").isZero();
            for (int band = 0; band < 10; band++) {
                int b = band;
                assertThat(scores).as("a score in [%d, %d)", b, b + 1).anyMatch(x -> x >= b && x < b + 1);
            }
            long unmarked = db.read(em -> em.createQuery("select count(t) from Track t where t.sample = false",
                    Long.class).getSingleResult());
            assertThat(unmarked).isZero();
            long stale = db.read(em -> em.createQuery("select count(t) from Track t where t.hasCredits <> "
                    + "(case when exists (select 1 from Credit c where c.track = t) then true else false end) "
                    + "or t.hasSongwriter <> (case when exists (select 1 from Credit c where c.track = t "
                    + "and c.role in :r) then true else false end) "
                    + "or (t.songwriterNames is null and t.hasSongwriter = true) "
                    + "or (t.songwriterNames is not null and t.hasSongwriter = false) "
                    + "or t.searchText <> lower(concat(t.name, ' ', t.artistNames, case when t.songwriterNames is null "
                    + "then '' else concat(' ', t.songwriterNames) end))", Long.class)
                    .setParameter("r", com.scoutdesk.model.CreditRole.songwriterRoles()).getSingleResult());
            assertThat(stale).as("tracks whose derived columns disagree with their credits").isZero();

            assertThatThrownBy(sample::loadSample).isInstanceOf(WorkspaceNotEmptyException.class)
                    .hasMessageContaining("already holds").message().doesNotContain("--workspace");
            assertThat(workspace.summary()).isEqualTo(s);
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void hibernateKeepsWritingAfterABulkLoadWithoutIdCollisions(Engine engine) {
        try (Database db = Database.openValidated(TestDatabases.fresh(engine, dir))) {
            var workspace = new DatabaseWorkspaceQueryService(db);
            new DatabaseSampleDataService(db, workspace, CLOCK).loadSample();
            long before = workspace.summary().tracks();

            db.writeVoid(em -> {
                for (int i = 0; i < 120; i++) {
                    Track t = new Track();
                    t.setSpotifyId(String.format("zzzzzzzzzzzzzzzzzz%04d", i));
                    t.setName("Added after the sample " + i);
                    t.setArtistNames("Test");
                    t.setPublisherStatus(PublisherStatus.UNKNOWN);
                    t.setLeadStage(LeadStage.NEW);
                    t.setFirstSeenAt(CLOCK.instant());
                    t.setUpdatedAt(CLOCK.instant());
                    em.persist(t);
                }
                Tag tag = new Tag();
                tag.setName("new tag");
                em.persist(tag);
            });

            assertThat(workspace.summary().tracks()).isEqualTo(before + 120);
            assertThat(new DatabaseTrackQueryService(db).tags()).contains("new tag");
        }
    }
}
