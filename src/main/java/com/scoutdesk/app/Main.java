package com.scoutdesk.app;

import com.scoutdesk.app.uibench.FxUiBenchmark;
import com.scoutdesk.cli.CommandLineRunner;
import com.scoutdesk.cli.WorkspaceOpener;
import java.util.Map;

/**
 * The entry point of the jar and of the installers. A plain class, not an {@code Application}: with JavaFX on the
 * class path the launcher's main class must not extend {@code Application}. No command opens the window.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        Map<String, String> env = System.getenv();
        WorkspaceOpener opener = workspace -> AppContext.open(AppPaths.fromSystem(workspace), env, true);
        int code = CommandLineRunner.create(opener, workspace -> WorkspaceBackups.open(AppPaths.fromSystem(workspace),
                env), workspace -> UserCredentials.open(AppPaths.fromSystem(workspace), env), new DesktopLauncher(),
                new FxUiBenchmark()).execute(args);
        System.exit(code);
    }
}
