package com.scoutdesk.ui.common;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/** A {@link Debouncer} on the FX thread's animation timer; call it from the FX thread only. */
public final class FxDebouncer implements Debouncer {

    /** How long search input must be quiet before a query runs. */
    public static final Duration SEARCH_DELAY = Duration.millis(250);

    private final PauseTransition pause;

    public FxDebouncer(Duration delay) {
        this.pause = new PauseTransition(delay);
    }

    @Override
    public void run(Runnable action) {
        pause.setOnFinished(event -> action.run());
        pause.playFromStart();
    }

    @Override
    public void cancel() {
        pause.stop();
    }
}
