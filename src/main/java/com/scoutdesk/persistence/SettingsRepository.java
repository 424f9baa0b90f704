package com.scoutdesk.persistence;

import com.scoutdesk.model.AppSetting;
import com.scoutdesk.persistence.JdbcValues;
import java.time.Clock;
import java.util.Optional;

/** Key-value settings the application keeps in the workspace ({@code app_setting}), each write its own transaction. */
public final class SettingsRepository {

    private static final int MAX_VALUE = 4000;

    private final Database db;
    private final Clock clock;

    public SettingsRepository(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public Optional<String> get(String key) {
        return db.read(em -> Optional.ofNullable(em.find(AppSetting.class, key)).map(AppSetting::getValue));
    }

    /** Stores the value, cut to the column's 4,000 characters. */
    public void put(String key, String value) {
        String stored = JdbcValues.cut(value, MAX_VALUE);
        db.writeVoid(em -> {
            AppSetting s = em.find(AppSetting.class, key);
            if (s == null) {
                em.persist(new AppSetting(key, stored, clock.instant()));
            } else {
                s.setValue(stored, clock.instant());
            }
        });
    }
}
