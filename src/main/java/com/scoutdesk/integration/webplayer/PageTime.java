package com.scoutdesk.integration.webplayer;

import java.time.Duration;

/**
 * A moment on two clocks: the wall clock, and the animation frames the page has drawn
 * ({@link DomReader#FRAME_COUNTER}). On a busy machine a page draws fewer frames a second, so "so many frames
 * passed" means the page had its chance to act, where "so many seconds passed" may only mean it was starved of CPU.
 *
 * @param nanos {@link System#nanoTime()}
 * @param frame the page's frame count, or -1 when the page has no frame counter (yet)
 */
record PageTime(long nanos, long frame) {

    /**
     * When a page draws no frames at all (hidden, or the counter is missing), this many times the wall time has to
     * pass instead, so that a page without frames still comes to an end.
     */
    static final int FRAMELESS_FACTOR = 4;

    /** Whether both {@code wall} and {@code frames} passed between this moment and {@code now}. */
    boolean passed(PageTime now, Duration wall, int frames) {
        long elapsed = now.nanos - nanos;
        if (elapsed < wall.toNanos()) {
            return false;
        }
        boolean drawing = frame >= 0 && now.frame > frame;
        return drawing ? now.frame - frame >= frames : elapsed >= wall.toNanos() * FRAMELESS_FACTOR;
    }

    Duration since(PageTime earlier) {
        return Duration.ofNanos(nanos - earlier.nanos);
    }
}
