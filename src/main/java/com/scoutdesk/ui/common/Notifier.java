package com.scoutdesk.ui.common;

/** Tells the scout that a long job ended or failed, while they work elsewhere in the window. */
@FunctionalInterface
public interface Notifier {

    /** Says nothing: for a window with no desktop around it (benchmarks, view model tests). */
    Notifier NONE = notice -> { };

    /** Call on the FX thread. */
    void show(Notice notice);
}
