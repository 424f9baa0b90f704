package com.scoutdesk.ui.common;

import java.util.Objects;

/**
 * A message about a long job that ended or failed, with a link to what it concerns.
 *
 * @param failure     whether the job failed (shown as an error, and for longer)
 * @param title       e.g. "Enrichment finished"
 * @param text        what happened, in a sentence or two
 * @param actionLabel the link's words, e.g. "Show activity"; null for none
 * @param action      what the link does; null for none
 */
public record Notice(boolean failure, String title, String text, String actionLabel, Runnable action) {

    public Notice {
        Objects.requireNonNull(title);
        Objects.requireNonNull(text);
        if ((actionLabel == null) != (action == null)) {
            throw new IllegalArgumentException("A link needs both its words and its action");
        }
    }

    public static Notice done(String title, String text, String actionLabel, Runnable action) {
        return new Notice(false, title, text, actionLabel, action);
    }

    public static Notice failed(String title, String text, String actionLabel, Runnable action) {
        return new Notice(true, title, text, actionLabel, action);
    }

    public boolean hasAction() {
        return action != null;
    }
}
