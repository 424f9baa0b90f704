package com.scoutdesk.app;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.slf4j.LoggerFactory;

/**
 * Where Playwright unpacks its driver (Node.js and its package, about 130 MB): a folder a process, in
 * {@code scoutdesk-playwright-<user>/<pid>} of the system's temporary folder, instead of a {@code playwright-java-*}
 * folder of its own. Playwright deletes its folder when the JVM exits normally, but a killed command left it behind
 * for good. Named by process id, what a dead process left can be told from what a running one uses, and is removed
 * when the next ScoutDesk starts.
 */
final class PlaywrightDriverFolder {

    /** The system property Playwright for Java reads for the folder it unpacks its driver into. */
    static final String PROPERTY = "playwright.driver.tmpdir";

    private PlaywrightDriverFolder() {
    }

    /** Removes the folders of processes that are gone and points Playwright at this process's (once per JVM). */
    static synchronized Path prepare(Path tempRoot) {
        // one folder a user: on a shared machine another user's folder could not be written
        Path root = tempRoot.resolve("scoutdesk-playwright-" + System.getProperty("user.name", "user"));
        Path mine = root.resolve(Long.toString(ProcessHandle.current().pid()));
        try {
            Files.createDirectories(mine);
            try (DirectoryStream<Path> folders = Files.newDirectoryStream(root)) {
                for (Path folder : folders) {
                    if (!folder.equals(mine) && !alive(folder.getFileName().toString())) {
                        deleteTree(folder);
                    }
                }
            }
            if (System.getProperty(PROPERTY) == null) {
                System.setProperty(PROPERTY, mine.toString());
            }
        } catch (IOException e) {
            // Playwright then uses the system's temporary folder, as before
            LoggerFactory.getLogger(PlaywrightDriverFolder.class).warn("Could not prepare {}: {}", mine,
                    e.getMessage());
        }
        return mine;
    }

    static Path prepare() {
        return prepare(Path.of(System.getProperty("java.io.tmpdir")));
    }

    private static boolean alive(String name) {
        try {
            return ProcessHandle.of(Long.parseLong(name)).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return true; // not ours: leave it
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
