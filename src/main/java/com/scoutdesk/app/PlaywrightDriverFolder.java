package com.scoutdesk.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.slf4j.LoggerFactory;

/**
 * Where Playwright unpacks its driver (Node.js and its package, about 130 MB) for each browser it starts: a folder of
 * the workspace instead of the system's temporary folder. Playwright deletes it when the browser closes cleanly, but
 * a killed command left it behind in /tmp for good. Inside the workspace, whatever a killed run left is removed the
 * next time the workspace opens; the workspace lock guarantees that no other process is using it then.
 */
final class PlaywrightDriverFolder {

    /** The system property Playwright for Java reads for the folder it unpacks its driver into. */
    static final String PROPERTY = "playwright.driver.tmpdir";

    private PlaywrightDriverFolder() {
    }

    /** Empties {@code <workspace>/cache/playwright} and points Playwright at it. Call with the workspace locked. */
    static Path prepare(Path workspace) {
        Path folder = workspace.resolve("cache").resolve("playwright");
        try {
            if (Files.isDirectory(folder)) {
                try (Stream<Path> walk = Files.walk(folder)) {
                    for (Path p : walk.sorted(Comparator.reverseOrder()).filter(p -> !p.equals(folder)).toList()) {
                        Files.deleteIfExists(p);
                    }
                }
            }
            Files.createDirectories(folder);
            System.setProperty(PROPERTY, folder.toString());
        } catch (IOException e) {
            // Playwright then uses the system's temporary folder, as before
            LoggerFactory.getLogger(PlaywrightDriverFolder.class).warn("Could not prepare {}: {}", folder,
                    e.getMessage());
        }
        return folder;
    }
}
