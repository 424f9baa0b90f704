package com.scoutdesk.cli;

import java.util.List;

/** Shows a long command's progress on stderr: a live line on a terminal, or plain lines now and then. */
interface ProgressView {

    /**
     * The counts or notes changed.
     *
     * @param active the tiers (or steps) under way, each with its counts
     * @param notes  what holds the work up now ("Spotify Web API rate-limited until 17:42:10")
     * @param urgent a note came: show it now rather than at the next redraw
     */
    void progress(List<TierProgress> active, List<String> notes, boolean urgent);

    /** A tier (or step) is over: its line stays. */
    void finished(String line);

    /** The command is done; a live line is cleared so that the summary starts on a clean line. */
    void close();
}
