package com.scoutdesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.scoutdesk.alerts.AlertRecorder;
import com.scoutdesk.model.AlertKind;
import com.scoutdesk.model.Track;
import com.scoutdesk.persistence.Database;
import com.scoutdesk.persistence.DatabaseSettings;
import com.scoutdesk.testing.MutableClock;
import com.scoutdesk.testing.TestTracks;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Listing, counting and dismissing alerts. */
class AlertServiceTest {

    @TempDir
    Path dir;
    Database db;
    final MutableClock clock = new MutableClock(Instant.parse("2026-12-04T12:00:00Z"));
    AlertService alerts;
    long trackId;

    @BeforeEach
    void open() {
        db = Database.open(DatabaseSettings.h2File(dir));
        alerts = new AlertService(db, clock);
        trackId = db.write(em -> {
            Track t = TestTracks.track("T000000000000000000001", "Song", "Mara Vell", clock.instant());
            em.persist(t);
            return t.getId();
        });
        raise(AlertKind.LABEL_MAJOR, "first");
        clock.advance(Duration.ofMinutes(1));
        raise(AlertKind.PUBLISHER_APPEARED, "second");
        clock.advance(Duration.ofMinutes(1));
        raise(AlertKind.VELOCITY_SPIKE, "third");
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void raise(AlertKind kind, String message) {
        db.write(em -> new AlertRecorder(em, clock.instant()).raise(kind, trackId, null, kind + ":" + trackId,
                message));
    }

    @Test
    void alertsAreListedNewestFirstWithTheirTrack() {
        assertThat(alerts.list(false, 10)).extracting(AlertRow::message).containsExactly("third", "second", "first");
        assertThat(alerts.list(false, 10).get(0).trackName()).isEqualTo("Song");
        assertThat(alerts.countUndismissed()).isEqualTo(3);
    }

    @Test
    void aDismissedAlertLeavesTheListButNotTheRecord() {
        long second = alerts.list(false, 10).get(1).id();

        alerts.dismiss(second);
        alerts.dismiss(second); // twice is harmless

        assertThat(alerts.list(false, 10)).extracting(AlertRow::message).containsExactly("third", "first");
        assertThat(alerts.countUndismissed()).isEqualTo(2);
        assertThat(alerts.list(true, 10)).filteredOn(r -> r.id() == second).singleElement()
                .extracting(AlertRow::dismissedAt).isEqualTo(clock.instant());
    }

    @Test
    void dismissAllEmptiesTheList() {
        assertThat(alerts.dismissAll()).isEqualTo(3);

        assertThat(alerts.list(false, 10)).isEmpty();
        assertThat(alerts.countUndismissed()).isZero();
        assertThat(alerts.dismissAll()).isZero();
    }

    @Test
    void anAlertThatDoesNotExistIsNamedInTheError() {
        assertThatThrownBy(() -> alerts.dismiss(999)).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("no alert 999");
    }
}
