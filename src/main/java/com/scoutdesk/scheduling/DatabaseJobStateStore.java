package com.scoutdesk.scheduling;

import com.scoutdesk.persistence.SettingsRepository;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Job state in the workspace settings ({@code job.<id>.last-run}, {@code job.<id>.enabled}). */
public final class DatabaseJobStateStore implements JobStateStore {

    private final SettingsRepository settings;

    public DatabaseJobStateStore(SettingsRepository settings) {
        this.settings = settings;
    }

    @Override
    public Optional<Instant> lastRun(String jobId) {
        return settings.get("job." + jobId + ".last-run").flatMap(v -> {
            try {
                return Optional.of(Instant.parse(v));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        });
    }

    @Override
    public void markRun(String jobId, Instant at) {
        settings.put("job." + jobId + ".last-run", at.toString());
    }

    @Override
    public boolean isEnabled(String jobId) {
        return settings.get("job." + jobId + ".enabled").map(Boolean::parseBoolean).orElse(true);
    }

    @Override
    public void setEnabled(String jobId, boolean enabled) {
        settings.put("job." + jobId + ".enabled", Boolean.toString(enabled));
    }
}
