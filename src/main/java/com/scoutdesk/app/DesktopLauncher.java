package com.scoutdesk.app;

import com.scoutdesk.cli.GuiLauncher;
import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Application;

/** Opens the window; the workspace choice travels to the Application as a launch parameter. */
final class DesktopLauncher implements GuiLauncher {

    @Override
    public void launch(Optional<Path> workspace) {
        String[] args = workspace.map(p -> new String[] {"--workspace=" + p.toAbsolutePath()})
                .orElse(new String[0]);
        try {
            Application.launch(ScoutDeskApplication.class, args);
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            throw new IllegalStateException("Could not open a window: " + rootMessage(e) + ". On Linux "
                    + "ScoutDesk needs a desktop session and GTK 3 (Debian/Ubuntu: apt install libgtk-3-0). "
                    + "The commands (tracks, export, stats, ...) work without a window.", e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
