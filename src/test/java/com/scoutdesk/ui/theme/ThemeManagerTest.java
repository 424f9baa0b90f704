package com.scoutdesk.ui.theme;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import com.scoutdesk.ui.fakes.InMemoryThemeStore;
import com.scoutdesk.ui.fakes.MemoryPreferences;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.Test;

/** Choosing, applying and remembering the theme, with an in-memory store. */
class ThemeManagerTest {

    private final List<String> applied = new ArrayList<>();

    @Test
    void startsLightWhenNothingOrSomethingUnknownIsStored() {
        assertThat(new ThemeManager(new InMemoryThemeStore(null), applied::add).getTheme()).isEqualTo(AppTheme.LIGHT);
        assertThat(new ThemeManager(new InMemoryThemeStore("sepia"), applied::add).getTheme())
                .isEqualTo(AppTheme.LIGHT);
    }

    @Test
    void usesTheStoredTheme() {
        ThemeManager themes = new ThemeManager(new InMemoryThemeStore("dark"), applied::add);

        themes.applyCurrent();

        assertThat(themes.getTheme()).isEqualTo(AppTheme.DARK);
        assertThat(applied).containsExactly(new PrimerDark().getUserAgentStylesheet());
    }

    @Test
    void switchingAppliesAndRemembers() {
        InMemoryThemeStore store = new InMemoryThemeStore("dark");
        ThemeManager themes = new ThemeManager(store, applied::add);

        themes.themeProperty().set(AppTheme.LIGHT);

        assertThat(store.stored).isEqualTo("light");
        assertThat(applied).containsExactly(new PrimerLight().getUserAgentStylesheet());
    }

    @Test
    void nullIsRefused() {
        ThemeManager themes = new ThemeManager(new InMemoryThemeStore("dark"), applied::add);

        themes.themeProperty().set(null);

        assertThat(themes.getTheme()).isEqualTo(AppTheme.DARK);
    }

    @Test
    void preferencesStoreUsesTheThemeKeyOfTheGivenNode() {
        Preferences node = new MemoryPreferences().node(PreferencesThemeStore.NODE);
        PreferencesThemeStore store = new PreferencesThemeStore(node);
        assertThat(store.load()).isEmpty();

        store.save("dark");

        assertThat(node.absolutePath()).isEqualTo("/com/scoutdesk");
        assertThat(node.get("theme", null)).isEqualTo("dark");
        assertThat(store.load()).contains("dark");
    }
}
