package com.scoutdesk.ui.playlists;

import java.time.Duration;
import javafx.animation.PauseTransition;

/**
 * Waits out the window in which a step can still be undone. A seam so tests let the window pass at once instead of
 * sleeping through it.
 */
@FunctionalInterface
public interface UndoTimer {

    /**
     * Runs {@code then} on the FX thread once {@code wait} has passed.
     *
     * @return cancels the wait; {@code then} does not run afterwards
     */
    Runnable after(Duration wait, Runnable then);

    /** The window's timer: a pause on the FX thread, so {@code then} runs there. */
    static UndoTimer fx() {
        return (wait, then) -> {
            PauseTransition pause = new PauseTransition(javafx.util.Duration.millis(wait.toMillis()));
            pause.setOnFinished(e -> then.run());
            pause.play();
            return pause::stop;
        };
    }
}
