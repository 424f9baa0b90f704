package com.scoutdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the window says when a workspace cannot be opened: the problem, never a command-line option. */
class DesktopWorkspacesTest {

    @Test
    void sentencesAboutCommandLineOptionsAreLeftOut() {
        assertThat(DesktopWorkspaces.withoutCommandLine("The workspace /data/x is a file, not a folder. Give a folder "
                + "(it is created if missing) with --workspace DIR or SCOUTDESK_HOME."))
                .isEqualTo("The workspace /data/x is a file, not a folder.");
        assertThat(DesktopWorkspaces.withoutCommandLine("Cannot lock the workspace /data/x: disk full"))
                .isEqualTo("Cannot lock the workspace /data/x: disk full");
    }
}
