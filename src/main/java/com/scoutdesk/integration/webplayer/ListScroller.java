package com.scoutdesk.integration.webplayer;

import com.microsoft.playwright.Page;
import java.time.Duration;
import java.util.Objects;

/**
 * Scrolls the playlist's track list a step at a time, and takes the next step only once the page has applied the
 * last one, so that a slow page is never scrolled past rows it has not drawn yet. The mouse wheel comes first, as a
 * hand scrolls the real page; when the wheel does not move the list, its scrolling element is scrolled directly.
 */
final class ListScroller {

    /** At most about a viewport of rows per step, and less than the visible part of the list, so views overlap. */
    private static final int MAX_STEP_PIXELS = 700;
    private static final int MIN_STEP_PIXELS = 100;
    private static final double STEP_OF_VISIBLE = 0.8;
    /** A page applies a wheel step before it draws its next frame or two; after that, the step did not move it. */
    private static final int APPLY_FRAMES = 3;
    private static final Duration APPLY_WAIT = Duration.ofMillis(150);
    /**
     * A virtualised list redraws its rows in the frame after it moved, so the snapshot that saw the move may still
     * hold the old rows: the next step waits for a snapshot taken this many frames later, which holds the new ones.
     */
    private static final int SETTLE_FRAMES = 2;
    private static final Duration SETTLE_WAIT = Duration.ofMillis(30);
    /** Steps in a row that moved nothing, wheel and direct: the list cannot be scrolled (the page changed). */
    private static final int STUCK_STEPS = 3;

    private String element;
    private double top = Double.NaN;
    private double height = Double.NaN;
    private PageTime pendingSince;
    private PageTime movedAt;
    private boolean wheelFailed;
    private int unmoved;
    private int steps;

    /** Reads where the list stands; returns whether it moved or grew since the last look, which is progress. */
    boolean observe(DomSnapshot.Scroll scroll, PageTime now) {
        boolean moved = scroll.top() != top || !Objects.equals(scroll.element(), element);
        boolean grew = scroll.height() != height;
        element = scroll.element();
        top = scroll.top();
        height = scroll.height();
        if (moved) {
            pendingSince = null;
            movedAt = now;
            unmoved = 0;
        }
        return moved || grew;
    }

    /** Whether scrolling can go no further: the list is at its bottom, or steps stopped moving it. */
    boolean ended(DomSnapshot.Scroll scroll) {
        return scroll.atBottom() || stuck();
    }

    /** Steps taken and not one of the last few moved the list, though it is not at its bottom. */
    boolean stuck() {
        return unmoved >= STUCK_STEPS;
    }

    int steps() {
        return steps;
    }

    /** The element that scrolled the list at the last look, for logs; null before the first. */
    String element() {
        return element;
    }

    /** Takes a step down unless the list is at its bottom or the last step is not applied yet. */
    void step(Page page, DomSnapshot.Scroll scroll, PageTime now) {
        if (scroll.atBottom()) {
            pendingSince = null;
            return;
        }
        if (movedAt != null && !movedAt.passed(now, SETTLE_WAIT, SETTLE_FRAMES)) {
            return;
        }
        if (pendingSince != null) {
            if (!pendingSince.passed(now, APPLY_WAIT, APPLY_FRAMES)) {
                return;
            }
            // The page drew frames since the last step and the list did not move: that step did not reach it.
            unmoved++;
            wheelFailed = true;
            pendingSince = null;
        }
        if (stuck()) {
            return;
        }
        int pixels = (int) Math.max(MIN_STEP_PIXELS, Math.min(MAX_STEP_PIXELS,
                scroll.visibleHeight() * STEP_OF_VISIBLE));
        if (wheelFailed) {
            // An overlay or a changed layout keeps the wheel from the list: scroll its element directly.
            DomReader.scrollBy(page, pixels);
        } else {
            page.mouse().move(scroll.wheelX(), scroll.wheelY());
            page.mouse().wheel(0, pixels);
        }
        steps++;
        pendingSince = now;
    }
}
