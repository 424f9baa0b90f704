package com.scoutdesk.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code scoutdesk gui}: opens the window, as does giving no command at all. */
@Command(name = "gui", description = "Open the ScoutDesk window (the default when no command is given).")
final class GuiCommand implements Callable<Integer> {

    @ParentCommand
    ScoutDeskCommand root;

    @Mixin
    WorkspaceOption workspaceOption;

    @Override
    public Integer call() {
        root.gui().launch(workspaceOption.orElse(root.workspaceOption));
        return 0;
    }
}
