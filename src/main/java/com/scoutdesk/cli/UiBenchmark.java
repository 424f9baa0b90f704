package com.scoutdesk.cli;

import com.scoutdesk.bench.UiBenchmarkPlan;
import com.scoutdesk.bench.UiBenchmarkReport;
import com.scoutdesk.service.Services;
import java.util.function.Consumer;

/**
 * Measures the real window on an open workspace for {@code scoutdesk bench ui}; implemented in the app layer, the
 * only one besides ui that may touch JavaFX, as {@link GuiLauncher} is.
 */
@FunctionalInterface
public interface UiBenchmark {

    /**
     * Opens the window on {@code services}, measures it and closes it again; blocks until done.
     *
     * @param progress what it starts on, for the terminal
     * @throws IllegalStateException with a message written for the user when no window can be opened (no display)
     *                               or the window does not show what is measured
     */
    UiBenchmarkReport measure(Services services, UiBenchmarkPlan plan, Consumer<String> progress);
}
