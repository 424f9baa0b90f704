package com.scoutdesk.ui.common;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Waits for the scene's layout pulses: the first one after which a condition holds, read from the scene graph as
 * it was just laid out. Call on the FX thread.
 *
 * <pre>{@code
 * LayoutPulses.firstWhere(scene, () -> true).thenRunAsync(work, Platform::runLater);  // after the next layout
 * }</pre>
 */
public final class LayoutPulses {

    private LayoutPulses() {
    }

    /**
     * Completes, inside the pulse, with {@link System#nanoTime()} of the first layout pulse after which
     * {@code condition} holds. The listener is removed on the next turn of the FX thread: a pulse's listeners may not
     * change while it calls them.
     */
    public static CompletableFuture<Long> firstWhere(Scene scene, BooleanSupplier condition) {
        Objects.requireNonNull(condition);
        CompletableFuture<Long> at = new CompletableFuture<>();
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (!at.isDone() && condition.getAsBoolean()) {
                at.complete(System.nanoTime());
                Platform.runLater(() -> scene.removePostLayoutPulseListener(listener[0]));
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
        return at;
    }
}
