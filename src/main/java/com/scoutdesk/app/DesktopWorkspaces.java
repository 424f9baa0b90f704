package com.scoutdesk.app;

import com.scoutdesk.persistence.WorkspaceException;
import com.scoutdesk.persistence.WorkspaceInUseException;
import com.scoutdesk.service.Services;
import com.scoutdesk.service.WorkspaceUnavailableException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.slf4j.LoggerFactory;

/**
 * The workspaces the window opens: the one it started with and any the scout opens later from the failure panel.
 * Failures come out in a desktop user's words (no command-line options), and every workspace opened is closed when
 * the application stops.
 */
final class DesktopWorkspaces {

    /** A sentence that tells the reader to use a command-line option or variable, which a window user cannot. */
    private static final Pattern COMMAND_LINE_SENTENCE = Pattern.compile("\\s*[^.]*(--[a-z]|SCOUTDESK_HOME)[^.]*\\.");

    private final Map<String, String> env;
    private final boolean logToWorkspace;
    private final List<AppContext> opened = new ArrayList<>();

    DesktopWorkspaces(Map<String, String> env, boolean logToWorkspace) {
        this.env = env;
        this.logToWorkspace = logToWorkspace;
    }

    /**
     * Opens the folder and starts its background jobs. Blocks for seconds: call it off the FX thread.
     *
     * @throws WorkspaceUnavailableException when the folder cannot be opened, saying why in plain words
     */
    Services open(AppPaths paths) {
        AppContext context = context(paths);
        return context.services();
    }

    /**
     * Closes every workspace open here, then opens the folder: the window shows one workspace at a time, and one it
     * left must be free for the next command or window (and for this window, should the scout come back to it).
     */
    Services switchTo(AppPaths paths) {
        closeAll();
        return open(paths);
    }

    /** As {@link #open}, for the caller that needs the context itself. */
    AppContext context(AppPaths paths) {
        try {
            AppContext context = AppContext.open(paths, env, logToWorkspace);
            context.startBackgroundJobs();
            synchronized (opened) {
                opened.add(context);
            }
            return context;
        } catch (WorkspaceInUseException e) {
            throw new WorkspaceUnavailableException("The workspace " + paths.workspace().toAbsolutePath()
                    + " is already open in another ScoutDesk window or command.", true, e);
        } catch (WorkspaceException e) {
            LoggerFactory.getLogger(DesktopWorkspaces.class).error("Could not open the workspace", e);
            throw new WorkspaceUnavailableException(withoutCommandLine(e.getMessage()), false, e);
        }
    }

    /** The message without its sentences about command-line options. */
    static String withoutCommandLine(String message) {
        String plain = COMMAND_LINE_SENTENCE.matcher(message).replaceAll("").strip();
        return plain.isEmpty() ? message : plain;
    }

    /** Closes every workspace this opened, newest first. */
    void closeAll() {
        List<AppContext> all;
        synchronized (opened) {
            all = new ArrayList<>(opened);
            opened.clear();
        }
        for (int i = all.size() - 1; i >= 0; i--) {
            all.get(i).close();
        }
    }
}
