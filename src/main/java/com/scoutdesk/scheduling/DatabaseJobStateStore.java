package com.scoutdesk.scheduling;

import com.scoutdesk.model.AppSetting;
import com.scoutdesk.persistence.Database;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Job state in the workspace settings ({@code job.<id>.last-run}, {@code job.<id>.enabled}). */
public final class DatabaseJobStateStore implements JobStateStore {

    private final Database db;
    private final Clock clock;

    public DatabaseJobStateStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public Optional<Instant> lastRun(String jobId) {
        return get("job." + jobId + ".last-run").flatMap(v -> {
            try {
                return Optional.of(Instant.parse(v));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        });
    }

    @Override
    public void markRun(String jobId, Instant at) {
        put("job." + jobId + ".last-run", at.toString());
    }

    @Override
    public boolean isEnabled(String jobId) {
        return get("job." + jobId + ".enabled").map(Boolean::parseBoolean).orElse(true);
    }

    @Override
    public void setEnabled(String jobId, boolean enabled) {
        put("job." + jobId + ".enabled", Boolean.toString(enabled));
    }

    private Optional<String> get(String key) {
        return db.read(em -> Optional.ofNullable(em.find(AppSetting.class, key)).map(AppSetting::getValue));
    }

    private void put(String key, String value) {
        db.writeVoid(em -> {
            AppSetting s = em.find(AppSetting.class, key);
            if (s == null) {
                em.persist(new AppSetting(key, value, clock.instant()));
            } else {
                s.setValue(value, clock.instant());
            }
        });
    }
}
