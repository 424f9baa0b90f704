package com.scoutdesk.tracking;

import com.scoutdesk.integration.common.CapabilityStore;
import com.scoutdesk.persistence.SettingsRepository;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Keeps switched-off capabilities in the workspace settings, so a restart does not forget them. */
public final class DatabaseCapabilityStore implements CapabilityStore {

    private static final String PREFIX = "capability.off-until.";

    private final SettingsRepository settings;

    public DatabaseCapabilityStore(SettingsRepository settings) {
        this.settings = settings;
    }

    @Override
    public Optional<Instant> offUntil(String capability) {
        return settings.get(PREFIX + capability).flatMap(DatabaseCapabilityStore::parse);
    }

    /** Stored as "instant reason", so the workspace also says why. */
    @Override
    public void switchOff(String capability, Instant until, String reason) {
        settings.put(PREFIX + capability, until + " " + reason);
    }

    private static Optional<Instant> parse(String value) {
        int space = value.indexOf(' ');
        try {
            return Optional.of(Instant.parse(space < 0 ? value : value.substring(0, space)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
