package com.scoutdesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.scoutdesk.service.WorkspaceUnavailableException;
import com.scoutdesk.testing.TestEnvironment;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    @Test
    void switchingClosesTheWorkspaceLeftSoAnotherWindowOrThisOneCanOpenItAgain(@TempDir Path first,
                                                                              @TempDir Path second) {
        Map<String, String> env = TestEnvironment.withoutRealSources(Map.of());
        DesktopWorkspaces workspaces = new DesktopWorkspaces(env, false);
        DesktopWorkspaces other = new DesktopWorkspaces(env, false);
        try {
            workspaces.open(new AppPaths(first));
            assertThatThrownBy(() -> other.open(new AppPaths(first)))
                    .isInstanceOf(WorkspaceUnavailableException.class).hasMessageContaining("already open");

            workspaces.switchTo(new AppPaths(second));

            assertThat(other.open(new AppPaths(first)).workspaceDescription()).contains(first.toString());
            assertThatThrownBy(() -> other.open(new AppPaths(second)))
                    .as("the folder switched to is held").isInstanceOf(WorkspaceUnavailableException.class);
        } finally {
            other.closeAll();
            workspaces.closeAll();
        }
    }
}
