package com.scoutdesk.app;

import com.scoutdesk.integration.youtube.QuotaStore;
import com.scoutdesk.persistence.SettingsRepository;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Keeps the YouTube quota ledger in the workspace settings ({@code app_setting}), as "day units", one row a bucket,
 * so that a restart does not spend the day's quota again. A row of an earlier day counts as nothing spent.
 */
final class SettingsQuotaStore implements QuotaStore {

    private static final String PREFIX = "quota.youtube.";

    private final SettingsRepository settings;

    SettingsQuotaStore(SettingsRepository settings) {
        this.settings = settings;
    }

    @Override
    public int spent(String bucket, LocalDate pacificDay) {
        return settings.get(PREFIX + bucket).map(value -> parse(value, pacificDay)).orElse(0);
    }

    @Override
    public void record(String bucket, LocalDate pacificDay, int units) {
        settings.put(PREFIX + bucket, pacificDay + " " + units);
    }

    private static int parse(String value, LocalDate day) {
        String[] parts = value.strip().split(" ");
        try {
            return parts.length == 2 && LocalDate.parse(parts[0]).equals(day) ? Integer.parseInt(parts[1]) : 0;
        } catch (DateTimeParseException | NumberFormatException e) {
            return 0; // a damaged row forgets a day's count; Google's own 403 still stops us
        }
    }
}
