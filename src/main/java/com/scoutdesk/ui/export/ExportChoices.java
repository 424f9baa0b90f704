package com.scoutdesk.ui.export;

import java.nio.file.Path;
import java.util.Optional;

/** Where the export dialog remembers its choices between runs; tests use an in-memory one. */
public interface ExportChoices {

    /** The choice of the last export, if there was one. */
    Optional<ExportChoice> load();

    void save(ExportChoice choice);

    /** The folder the last export went to. */
    Optional<Path> lastFolder();

    void saveLastFolder(Path folder);
}
