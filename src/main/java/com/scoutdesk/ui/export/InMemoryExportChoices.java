package com.scoutdesk.ui.export;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Export choices kept in memory: for a window detached from the desktop (benchmarks) and for tests, which must never
 * touch the user's preferences.
 */
public final class InMemoryExportChoices implements ExportChoices {

    ExportChoice choice;
    Path folder;

    @Override
    public Optional<ExportChoice> load() {
        return Optional.ofNullable(choice);
    }

    @Override
    public void save(ExportChoice value) {
        choice = value;
    }

    @Override
    public Optional<Path> lastFolder() {
        return Optional.ofNullable(folder);
    }

    @Override
    public void saveLastFolder(Path value) {
        folder = value;
    }
}
