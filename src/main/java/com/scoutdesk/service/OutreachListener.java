package com.scoutdesk.service;

/**
 * Receives a model-written outreach brief as it is written. Called on the thread that asked for the brief, never the
 * FX thread: a window hands the text over itself.
 */
@FunctionalInterface
public interface OutreachListener {

    /** The next piece of the model's text, to append to what came before. */
    void onText(String piece);
}
