package com.scoutdesk.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.scoutdesk.model.AppSetting;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * H2's MVStore is not interrupt-safe: an interrupt during file I/O closes its channel. The app never interrupts
 * database work, and the workspace URL uses H2's retry file system as a second line; this test interrupts a writer
 * over and over and then reopens the workspace.
 */
class InterruptSafetyTest {

    @TempDir
    Path dir;

    @Test
    void aWorkspaceSurvivesAWriterBeingInterruptedOverAndOver() throws Exception {
        AtomicInteger committed = new AtomicInteger();
        try (Database db = Database.open(DatabaseSettings.h2File(dir))) {
            Thread writer = new Thread(() -> {
                for (int i = 0; i < 400; i++) {
                    int n = i;
                    try {
                        db.writeVoid(em -> em.persist(new AppSetting("k" + n, "v".repeat(2000), Instant.now())));
                        committed.incrementAndGet();
                    } catch (RuntimeException e) {
                        Thread.interrupted(); // an interrupted write may fail; the file must not
                    }
                }
            });
            writer.start();
            while (writer.isAlive()) {
                writer.interrupt();
                Thread.sleep(0, 200_000);
            }
        }
        try (Database reopened = Database.openValidated(DatabaseSettings.h2File(dir))) {
            long rows = reopened.read(em -> em.createQuery("select count(s) from AppSetting s", Long.class)
                    .getSingleResult());
            assertThat(rows).isEqualTo(committed.get()).isPositive();
        }
    }
}
