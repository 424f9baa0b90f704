package com.scoutdesk.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

/**
 * Asks the scout for a folder. An interface so that tests answer it instead of the system's folder dialog, which a
 * robot cannot drive.
 */
@FunctionalInterface
public interface FolderChooser {

    /** @return the chosen folder, or empty when the scout cancelled */
    Optional<Path> choose(Window owner, String title);

    /** The system's folder dialog. */
    static FolderChooser system() {
        return (owner, title) -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(title);
            File chosen = chooser.showDialog(owner);
            return Optional.ofNullable(chosen).map(File::toPath);
        };
    }
}
