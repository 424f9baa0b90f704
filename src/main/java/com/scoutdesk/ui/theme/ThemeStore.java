package com.scoutdesk.ui.theme;

import java.util.Optional;

/** Where the chosen theme is remembered between runs; tests use an in-memory one. */
public interface ThemeStore {

    /** The stored theme id, if one was saved. */
    Optional<String> load();

    void save(String themeId);
}
