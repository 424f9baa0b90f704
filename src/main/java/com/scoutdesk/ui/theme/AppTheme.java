package com.scoutdesk.ui.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import atlantafx.base.theme.Theme;
import java.util.Arrays;
import java.util.Optional;

/** The themes a scout can pick; {@code id} is what is stored in the preferences. */
public enum AppTheme {
    LIGHT("light", new PrimerLight()),
    DARK("dark", new PrimerDark());

    private final String id;
    private final Theme theme;

    AppTheme(String id, Theme theme) {
        this.id = id;
        this.theme = theme;
    }

    public String id() {
        return id;
    }

    /** The URL of the AtlantaFX user agent stylesheet. */
    public String userAgentStylesheet() {
        return theme.getUserAgentStylesheet();
    }

    public boolean isDark() {
        return theme.isDarkMode();
    }

    public static Optional<AppTheme> fromId(String id) {
        return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
    }
}
