package com.scoutdesk.ui.export;

import com.scoutdesk.model.Track;
import com.scoutdesk.persistence.Database;
import com.scoutdesk.persistence.DatabaseSettings;
import com.scoutdesk.testing.TestTracks;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A real H2 workspace for the dialog's tests: five tracks, best score first as the export writes them:
 * "Track 1" (score 9) down to "Track 5" (score 5), one of them with an accent and a comma in its artists.
 */
final class ExportWorkspace {

    static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");

    final Database db;
    /** The tracks' ids, "Track 1" first. */
    final List<Long> ids = new ArrayList<>();

    ExportWorkspace(Path dir) {
        db = Database.open(DatabaseSettings.h2File(dir));
        db.writeVoid(em -> {
            for (int i = 1; i <= 5; i++) {
                Track t = TestTracks.track(("T" + i + "xxxxxxxxxxxxxxxxxxxxxxx").substring(0, 22), "Track " + i,
                        i == 2 ? "Beyoncé, Sigur Rós" : "Artist " + i, AT);
                t.setUnsignedScore(10.0 - i);
                em.persist(t);
                em.flush();
                ids.add(t.getId());
            }
        });
    }

    void close() {
        db.close();
    }
}
