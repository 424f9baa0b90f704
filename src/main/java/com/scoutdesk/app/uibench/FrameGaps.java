package com.scoutdesk.app.uibench;

import com.scoutdesk.bench.UiBenchmarkReport;
import javafx.animation.AnimationTimer;

/**
 * Watches the FX thread's pulse: an {@link AnimationTimer} asks for a frame every vsync (about 16.7 ms), so the
 * longest gap between two of its frames is the longest time the FX thread could not draw, the stall a scout sees as a
 * frozen window. Start and stop it on the FX thread; read it after {@link #stop()}.
 */
final class FrameGaps extends AnimationTimer {

    private static final long SLOW_NANOS = (long) (UiBenchmarkReport.STALL_TARGET_MS * 1e6);

    private long previous = -1;
    private long longestNanos;
    private long frames;
    private long slowFrames;

    @Override
    public void handle(long now) {
        if (previous >= 0) {
            long gap = now - previous;
            longestNanos = Math.max(longestNanos, gap);
            if (gap > SLOW_NANOS) {
                slowFrames++;
            }
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

    /** Gaps longer than the stall target. */
    long slowFrames() {
        return slowFrames;
    }
}
