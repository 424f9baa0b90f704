package com.scoutdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppPathsTest {

    private static final String LINUX = "Linux";
    private static final String MAC = "Mac OS X";
    private static final String WINDOWS = "Windows 11";

    @TempDir
    Path tmp;

    private Path home() {
        return tmp.resolve("home").resolve("scout");
    }

    @Test
    void optionBeatsEnvironmentAndOsDefault() {
        Path option = tmp.resolve("chosen");
        Map<String, String> env = Map.of("SCOUTDESK_HOME", tmp.resolve("env").toString(),
                "XDG_DATA_HOME", tmp.resolve("xdg").toString());

        AppPaths paths = AppPaths.resolve(Optional.of(option), env, LINUX, home());

        assertThat(paths.workspace()).isEqualTo(option);
    }

    @Test
    void scoutDeskHomeBeatsOsDefault() {
        Path envHome = tmp.resolve("env");
        Map<String, String> env = Map.of("SCOUTDESK_HOME", envHome.toString(), "APPDATA", tmp.toString());

        assertThat(AppPaths.resolve(Optional.empty(), env, LINUX, home()).workspace()).isEqualTo(envHome);
        assertThat(AppPaths.resolve(Optional.empty(), env, WINDOWS, home()).workspace()).isEqualTo(envHome);
        assertThat(AppPaths.resolve(Optional.empty(), env, MAC, home()).workspace()).isEqualTo(envHome);
    }

    @Test
    void optionAndScoutDeskHomeAreMadeAbsoluteAndNormal() {
        Path relative = Path.of("some", "..", "workspace");
        Path expected = Path.of("workspace").toAbsolutePath();

        assertThat(AppPaths.resolve(Optional.of(relative), Map.of(), LINUX, home()).workspace()).isEqualTo(expected);
        assertThat(AppPaths.resolve(Optional.empty(), Map.of("SCOUTDESK_HOME", relative.toString()), LINUX, home())
                .workspace()).isEqualTo(expected);
    }

    @Test
    void blankScoutDeskHomeIsIgnored() {
        Map<String, String> env = Map.of("SCOUTDESK_HOME", "   ");

        AppPaths paths = AppPaths.resolve(Optional.empty(), env, LINUX, home());

        assertThat(paths.workspace()).isEqualTo(home().resolve(".local/share/scoutdesk"));
    }

    @Test
    void linuxUsesXdgDataHomeWhenSet() {
        Path xdg = tmp.resolve("xdg-data");

        AppPaths paths = AppPaths.resolve(Optional.empty(), Map.of("XDG_DATA_HOME", xdg.toString()), LINUX, home());

        assertThat(paths.workspace()).isEqualTo(xdg.resolve("scoutdesk"));
    }

    @Test
    void linuxFallsBackToLocalShareWithoutXdgDataHome() {
        assertThat(AppPaths.resolve(Optional.empty(), Map.of(), LINUX, home()).workspace())
                .isEqualTo(home().resolve(".local").resolve("share").resolve("scoutdesk"));
        assertThat(AppPaths.resolve(Optional.empty(), Map.of("XDG_DATA_HOME", ""), LINUX, home()).workspace())
                .isEqualTo(home().resolve(".local").resolve("share").resolve("scoutdesk"));
    }

    @Test
    void macOsUsesApplicationSupport() {
        Map<String, String> env = Map.of("XDG_DATA_HOME", tmp.resolve("xdg").toString());

        AppPaths paths = AppPaths.resolve(Optional.empty(), env, MAC, home());

        assertThat(paths.workspace())
                .isEqualTo(home().resolve("Library").resolve("Application Support").resolve("ScoutDesk"));
    }

    @Test
    void windowsUsesAppData() {
        Path appData = tmp.resolve("AppData-Roaming");

        AppPaths paths = AppPaths.resolve(Optional.empty(), Map.of("APPDATA", appData.toString()), WINDOWS, home());

        assertThat(paths.workspace()).isEqualTo(appData.resolve("ScoutDesk"));
    }

    @Test
    void windowsWithoutAppDataUsesRoamingUnderTheUserHome() {
        AppPaths paths = AppPaths.resolve(Optional.empty(), Map.of(), WINDOWS, home());

        assertThat(paths.workspace())
                .isEqualTo(home().resolve("AppData").resolve("Roaming").resolve("ScoutDesk"));
    }

    @Test
    void logsAndExportsLiveInsideTheWorkspace() {
        Path workspace = tmp.resolve("ws");

        AppPaths paths = AppPaths.resolve(Optional.of(workspace), Map.of(), LINUX, home());

        assertThat(paths.logs()).isEqualTo(workspace.resolve("logs"));
        assertThat(paths.exports()).isEqualTo(workspace.resolve("exports"));
        assertThat(paths.logs().getParent()).isEqualTo(paths.workspace());
        assertThat(paths.exports().getParent()).isEqualTo(paths.workspace());
    }
}
