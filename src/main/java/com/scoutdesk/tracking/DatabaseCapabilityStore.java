package com.scoutdesk.tracking;

import com.scoutdesk.model.AppSetting;
import com.scoutdesk.persistence.Database;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Keeps switched-off capabilities in the workspace settings, so a restart does not forget them. */
public final class DatabaseCapabilityStore implements CapabilityStore {

    private static final String PREFIX = "capability.off-until.";

    private final Database db;
    private final Clock clock;

    public DatabaseCapabilityStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public Optional<Instant> offUntil(String capability) {
        return db.read(em -> Optional.ofNullable(em.find(AppSetting.class, PREFIX + capability)))
                .flatMap(s -> parse(s.getValue()));
    }

    @Override
    public void switchOff(String capability, Instant until, String reason) {
        String value = until + " " + reason;
        db.writeVoid(em -> {
            AppSetting s = em.find(AppSetting.class, PREFIX + capability);
            if (s == null) {
                em.persist(new AppSetting(PREFIX + capability, truncate(value), clock.instant()));
            } else {
                s.setValue(truncate(value), clock.instant());
            }
        });
    }

    private static Optional<Instant> parse(String value) {
        int space = value.indexOf(' ');
        try {
            return Optional.of(Instant.parse(space < 0 ? value : value.substring(0, space)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String truncate(String s) {
        return s.length() <= 4000 ? s : s.substring(0, 4000);
    }
}
