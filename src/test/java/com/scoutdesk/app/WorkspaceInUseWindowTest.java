package com.scoutdesk.app;

import static com.scoutdesk.ui.FxTestSupport.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import com.scoutdesk.persistence.WorkspaceLock;
import com.scoutdesk.testing.TestEnvironment;
import com.scoutdesk.ui.FxTaskExecutor;
import com.scoutdesk.ui.FxWindowTest;
import com.scoutdesk.ui.MainWindow;
import com.scoutdesk.ui.fakes.InMemoryThemeStore;
import com.scoutdesk.ui.theme.AppTheme;
import com.scoutdesk.ui.theme.ThemeManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A workspace held by another ScoutDesk, opened in the real window through the composition root: the window says so
 * in plain words with "Open another workspace…" and "Quit" (no command-line option), and the folder the scout
 * chooses opens in the same window.
 */
class WorkspaceInUseWindowTest extends FxWindowTest {

    private final List<Path> asked = new ArrayList<>();
    private DesktopWorkspaces workspaces;
    private FxTaskExecutor executor;
    private MainWindow window;

    @AfterEach
    void closeAll() {
        if (window != null) {
            interact(window::dispose);
        }
        executor.shutdown();
        workspaces.closeAll();
    }

    @Test
    void aWorkspaceInUseOffersAnotherFolderAndOpensTheChosenOneInTheSameWindow() throws Exception {
        Path held = Files.createTempDirectory("scoutdesk-held-");
        Path other = Files.createTempDirectory("scoutdesk-other-");
        workspaces = new DesktopWorkspaces(TestEnvironment.withoutRealSources(java.util.Map.of()), false);
        executor = new FxTaskExecutor();
        try (WorkspaceLock lock = WorkspaceLock.acquire(held)) {
            CompletableFuture<com.scoutdesk.service.Services> services = CompletableFuture.supplyAsync(
                    () -> workspaces.open(new AppPaths(held)));
            interact(() -> {
                window = new MainWindow(services, executor, new ThemeManager(new InMemoryThemeStore(
                        AppTheme.LIGHT.id())));
                window.allowOpeningAnother(folder -> workspaces.open(new AppPaths(folder)), (owner, title) -> {
                    asked.add(Path.of(title));
                    return Optional.of(other);
                });
                stage.setScene(new Scene(window.root(), 1280, 800));
            });
            Parent root = window.root();
            await(() -> root.lookup("#failure-open-another") != null);

            assertThat(texts(root, "#failure-panel")).containsExactly(
                    "This workspace is open in another ScoutDesk",
                    "The workspace " + held.toAbsolutePath() + " is already open in another ScoutDesk window or "
                            + "command.",
                    "Close the other ScoutDesk window and start this one again, or open another workspace folder.",
                    "Open another workspace\u2026", "Quit");
            assertThat(String.join(" ", texts(root, "#failure-panel"))).doesNotContain("--").doesNotContain(
                    "Exception");
            assertThat(onFx(() -> root.lookup("#nav-dashboard").isDisabled())).isTrue();

            clickOn("#failure-open-another");

            await(() -> root.lookup("#failure-panel") == null
                    && ((Labeled) root.lookup("#workspace-status")).getText().contains(other.toString()));
            assertThat(asked).hasSize(1);
            assertThat(onFx(() -> root.lookup("#nav-dashboard").isDisabled())).isFalse();
            assertThat(onFx(() -> root.lookup("#opening-panel"))).isNull();
            assertThat(Files.exists(other.resolve("scoutdesk.mv.db"))).as("the chosen folder is the open workspace")
                    .isTrue();
        }
    }

    /** Opening a workspace builds Hibernate: on a loaded machine that takes longer than the usual 10 s wait. */
    private static void await(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> onFx(() -> {
            try {
                return condition.call();
            } catch (NullPointerException notThereYet) {
                return false;
            }
        }));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<String> texts(Parent root, String id) {
        return onFx(() -> {
            List<String> out = new ArrayList<>();
            collect(root.lookup(id), out);
            return out;
        });
    }

    private static void collect(Node node, List<String> out) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isBlank()) {
            out.add(labeled.getText());
        } else if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, out));
        }
    }
}
