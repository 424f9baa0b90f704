package com.scoutdesk.ui.fakes;

import com.scoutdesk.ui.theme.ThemeStore;
import java.util.Optional;

/** A theme store that forgets when the test ends. */
public final class InMemoryThemeStore implements ThemeStore {

    public volatile String stored;

    public InMemoryThemeStore(String initial) {
        this.stored = initial;
    }

    @Override
    public Optional<String> load() {
        return Optional.ofNullable(stored);
    }

    @Override
    public void save(String themeId) {
        stored = themeId;
    }
}
