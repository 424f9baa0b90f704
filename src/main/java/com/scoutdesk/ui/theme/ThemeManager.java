package com.scoutdesk.ui.theme;

import java.util.Objects;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The current theme: applies it as the application's user agent stylesheet and remembers it in a
 * {@link ThemeStore}. Change it on the FX thread through {@link #themeProperty()}.
 */
public final class ThemeManager {

    private final ObjectProperty<AppTheme> theme;
    private final Consumer<String> stylesheetApplier;

    /** Applies themes with {@link Application#setUserAgentStylesheet(String)}. */
    public ThemeManager(ThemeStore store) {
        this(store, Application::setUserAgentStylesheet);
    }

    /** For tests that must not touch the global stylesheet. */
    public ThemeManager(ThemeStore store, Consumer<String> stylesheetApplier) {
        Objects.requireNonNull(store);
        this.stylesheetApplier = Objects.requireNonNull(stylesheetApplier);
        AppTheme initial = store.load().flatMap(AppTheme::fromId).orElse(AppTheme.LIGHT);
        this.theme = new SimpleObjectProperty<>(this, "theme", initial);
        theme.addListener((obs, old, now) -> {
            if (now == null) {
                theme.set(old);
                return;
            }
            store.save(now.id());
            applyCurrent();
        });
    }

    /** The theme remembered in the user's preferences (light when none is). */
    public static ThemeManager fromUserPreferences() {
        return new ThemeManager(new PreferencesThemeStore());
    }

    public ObjectProperty<AppTheme> themeProperty() {
        return theme;
    }

    public AppTheme getTheme() {
        return theme.get();
    }

    /** Sets the user agent stylesheet of the current theme; call before the first scene is shown. */
    public void applyCurrent() {
        stylesheetApplier.accept(theme.get().userAgentStylesheet());
    }
}
