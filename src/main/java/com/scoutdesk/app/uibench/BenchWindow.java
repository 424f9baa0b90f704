package com.scoutdesk.app.uibench;

import com.scoutdesk.service.Services;
import com.scoutdesk.ui.FxTaskExecutor;
import com.scoutdesk.ui.MainWindow;
import com.scoutdesk.ui.theme.ThemeManager;
import java.util.concurrent.CompletableFuture;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The real main window in a real stage at the size the app opens with, on services that are already open. */
final class BenchWindow {

    static final int WIDTH = 1280;
    static final int HEIGHT = 800;

    private final Stage stage;
    private final MainWindow window;
    private final DashboardProbe probe;
    private final long openedNanos;
    private final CompletableFuture<Long> firstLayout;
    private final CompletableFuture<Long> firstFull;
    /** Keeps a frame coming every vsync, so every change is looked at by the next pulse even when nothing moves. */
    private final FrameGaps pulse = new FrameGaps();

    private BenchWindow(Services services, FxTaskExecutor executor) {
        openedNanos = System.nanoTime();
        window = new MainWindow(CompletableFuture.completedFuture(services), executor,
                ThemeManager.fromUserPreferences());
        Scene scene = new Scene(window.root(), WIDTH, HEIGHT);
        probe = new DashboardProbe(scene);
        firstLayout = probe.firstDashboardLayout();
        firstFull = probe.firstFullDashboard();
        stage = new Stage();
        stage.setTitle(MainWindow.title() + " - bench ui");
        stage.setScene(scene);
        stage.setOnHidden(e -> window.dispose());
        pulse.start();
        stage.show();
    }

    /** Builds and shows the window; call on the FX thread. The clock of the first dashboard starts here. */
    static BenchWindow open(Services services, FxTaskExecutor executor) {
        return new BenchWindow(services, executor);
    }

    DashboardProbe probe() {
        return probe;
    }

    long openedNanos() {
        return openedNanos;
    }

    /** Completes with the time of the first pulse that laid out the dashboard, with or without its data. */
    CompletableFuture<Long> firstLayout() {
        return firstLayout;
    }

    /** Completes with the time of the first pulse that showed the full dashboard. */
    CompletableFuture<Long> firstFull() {
        return firstFull;
    }

    /** Closes the window (which cancels its background work); call on the FX thread. */
    void close() {
        pulse.stop();
        stage.hide();
    }
}
