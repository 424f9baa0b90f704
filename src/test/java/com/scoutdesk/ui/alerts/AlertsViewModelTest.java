package com.scoutdesk.ui.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import com.scoutdesk.alerts.AlertRecorder;
import com.scoutdesk.concurrent.CurrentThreadTaskExecutor;
import com.scoutdesk.model.AlertKind;
import com.scoutdesk.model.Track;
import com.scoutdesk.persistence.Database;
import com.scoutdesk.persistence.DatabaseSettings;
import com.scoutdesk.service.AlertRow;
import com.scoutdesk.service.AlertService;
import com.scoutdesk.testing.MutableClock;
import com.scoutdesk.testing.TestTracks;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The notification list's view model over a real workspace, without a window. */
class AlertsViewModelTest {

    @TempDir
    Path dir;
    Database db;
    final MutableClock clock = new MutableClock(Instant.parse("2026-12-04T12:00:00Z"));
    final List<Long> opened = new ArrayList<>();
    AlertsViewModel model;
    long trackId;

    @BeforeEach
    void open() {
        db = Database.open(DatabaseSettings.h2File(dir));
        trackId = db.write(em -> {
            Track t = TestTracks.track("T000000000000000000001", "Song", "Mara Vell", clock.instant());
            em.persist(t);
            return t.getId();
        });
        for (AlertKind kind : List.of(AlertKind.LABEL_MAJOR, AlertKind.VELOCITY_SPIKE)) {
            db.write(em -> new AlertRecorder(em, clock.instant()).raise(kind, trackId, null, kind + ":" + trackId,
                    kind.name()));
        }
        model = new AlertsViewModel(new AlertService(db, clock), new CurrentThreadTaskExecutor(), opened::add);
        model.refresh();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void readsTheAlertsAndTheirNumber() {
        assertThat(model.rows()).hasSize(2);
        assertThat(model.countProperty().get()).isEqualTo(2);
    }

    @Test
    void dismissingOneTakesItOffTheListAndOutOfTheCount() {
        AlertRow first = model.rows().get(0);

        model.dismiss(first);

        assertThat(model.rows()).hasSize(1).doesNotContain(first);
        assertThat(model.countProperty().get()).isEqualTo(1);
        assertThat(new AlertService(db, clock).countUndismissed()).isEqualTo(1);
    }

    @Test
    void dismissAllEmptiesTheListAndTheCount() {
        model.dismissAll();

        assertThat(model.rows()).isEmpty();
        assertThat(model.countProperty().get()).isZero();
        assertThat(model.errorMessageProperty().get()).isNull();
    }

    @Test
    void openingAnAlertOpensItsTrack() {
        model.open(model.rows().get(0));

        assertThat(opened).containsExactly(trackId);
    }
}
