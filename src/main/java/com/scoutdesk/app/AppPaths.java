package com.scoutdesk.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where a workspace lives. In order: {@code --workspace DIR}, then {@code SCOUTDESK_HOME}, then the OS data folder
 * ({@code $XDG_DATA_HOME/scoutdesk} or {@code ~/.local/share/scoutdesk} on Linux,
 * {@code ~/Library/Application Support/ScoutDesk} on macOS, {@code %APPDATA%\ScoutDesk} on Windows).
 */
public record AppPaths(Path workspace) {

    public static AppPaths resolve(Optional<Path> option, Map<String, String> env, String osName, Path userHome) {
        if (option.isPresent()) {
            return new AppPaths(option.get().toAbsolutePath().normalize());
        }
        String home = env.get("SCOUTDESK_HOME");
        if (home != null && !home.isBlank()) {
            return new AppPaths(Path.of(home).toAbsolutePath().normalize());
        }
        return new AppPaths(defaultFolder(env, osName.toLowerCase(Locale.ROOT), userHome));
    }

    public static AppPaths fromSystem(Optional<Path> option) {
        return resolve(option, System.getenv(), System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home")));
    }

    private static Path defaultFolder(Map<String, String> env, String os, Path userHome) {
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData)
                    : userHome.resolve("AppData").resolve("Roaming");
            return base.resolve("ScoutDesk");
        }
        if (os.contains("mac")) {
            return userHome.resolve("Library").resolve("Application Support").resolve("ScoutDesk");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : userHome.resolve(".local").resolve("share");
        return base.resolve("scoutdesk");
    }

    public Path logs() {
        return workspace.resolve("logs");
    }

    public Path exports() {
        return workspace.resolve("exports");
    }
}
