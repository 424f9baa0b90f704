package com.scoutdesk.app.uibench;

import javafx.animation.AnimationTimer;

/**
 * Watches the FX thread's pulse: an {@link AnimationTimer} asks for a frame every vsync (about 16.7 ms), so the
 * longest gap between two of its frames is the longest time the FX thread could not draw, the stall a scout sees as a
 * frozen window. Start and stop it on the FX thread; read it after {@link #stop()}.
 */
final class FrameGaps extends AnimationTimer {

    private long previous = -1;
    private long longestNanos;
    private long frames;

    @Override
    public void handle(long now) {
        if (previous >= 0) {
            longestNanos = Math.max(longestNanos, now - previous);
        }
        previous = now;
        frames++;
    }

    double longestMs() {
        return longestNanos / 1e6;
    }

    long frames() {
        return frames;
    }
}
