package com.scoutdesk.cli;

import java.nio.file.Path;
import java.util.Optional;

/** Opens the desktop window; implemented in the app layer, the only one besides ui that may touch JavaFX. */
@FunctionalInterface
public interface GuiLauncher {

    /** Blocks until the window is closed. */
    void launch(Optional<Path> workspace);
}
