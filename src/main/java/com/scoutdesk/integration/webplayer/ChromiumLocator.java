package com.scoutdesk.integration.webplayer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finds an installed Chromium or Chrome when none is configured, so the web player does not first try to download
 * Playwright's own browser (which an offline laptop cannot, and which takes minutes to give up).
 */
public final class ChromiumLocator {

    private ChromiumLocator() {
    }

    public static Optional<Path> find() {
        return find(System.getProperty("os.name", ""), System.getenv());
    }

    static Optional<Path> find(String osName, Map<String, String> env) {
        return candidates(osName.toLowerCase(Locale.ROOT), env).stream().filter(Files::isExecutable).findFirst();
    }

    static List<Path> candidates(String os, Map<String, String> env) {
        List<Path> paths = new ArrayList<>();
        if (os.contains("win")) {
            for (String var : List.of("PROGRAMFILES", "PROGRAMFILES(X86)", "LOCALAPPDATA")) {
                String base = env.get(var);
                if (base != null) {
                    paths.add(Path.of(base, "Chromium", "Application", "chrome.exe"));
                    paths.add(Path.of(base, "Google", "Chrome", "Application", "chrome.exe"));
                }
            }
        } else if (os.contains("mac")) {
            paths.add(Path.of("/Applications/Chromium.app/Contents/MacOS/Chromium"));
            paths.add(Path.of("/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"));
        } else {
            for (String name : List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")) {
                paths.add(Path.of("/usr/bin", name));
                paths.add(Path.of("/snap/bin", name));
            }
        }
        return paths;
    }
}
