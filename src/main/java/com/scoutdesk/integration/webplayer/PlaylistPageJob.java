package com.scoutdesk.integration.webplayer;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.scoutdesk.integration.common.ChangedShapeException;
import com.scoutdesk.integration.common.OfflineException;
import com.scoutdesk.integration.common.Provider;
import com.scoutdesk.model.fetch.FetchedPlaylist;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens one playlist page, accepts the cookie banner, and scrolls the track list until every item was read (from the
 * captured JSON, with the DOM rows as fallback) or the page stopped loading. Progress is judged by what the page
 * does, not by the clock alone: while the list still scrolls, grows, shows new rows or awaits a playlist response,
 * the job goes on; it gives up early only at the bottom of the list, with nothing in flight and nothing new for the
 * stall time <em>and</em> for as many of the page's own frames as an idle page draws in that time, so that a page
 * starved of CPU on a busy machine is not mistaken for one that ended. The page deadline bounds everything.
 */
final class PlaylistPageJob implements PageJob<FetchedPlaylist> {

    private static final Logger LOG = LoggerFactory.getLogger(PlaylistPageJob.class);
    private static final Provider PROVIDER = Provider.SPOTIFY_WEB_PLAYER;
    /** Frames an idle page draws in about two seconds: the page's share of "nothing new for the stall time". */
    private static final int QUIET_FRAMES = 120;
    /** Rows still loading, when only rows can be read, are given this long before scrolling on. */
    private static final Duration PLACEHOLDER_WAIT = Duration.ofMillis(1500);
    private static final int PLACEHOLDER_FRAMES = 30;
    private static final double CONSENT_CLICK_TIMEOUT_MS = 3000;
    /** Before anything was read the page may still be booting, so it gets longer to show something. */
    private static final int EMPTY_PAGE_STALL_FACTOR = 3;

    private final String playlistId;
    private final String url;
    private final Duration stallTimeout;
    private final PathfinderCapture capture;
    private final PlaylistCollector collector;
    private final ListScroller scroller = new ListScroller();
    private final PageVisit visit;
    private boolean committed;
    private long startedNanos;
    private PageTime lastProgress;
    private int answersSeen;
    private int placeholdersSeen;
    private int steps;
    private long stepNanos;

    PlaylistPageJob(String playlistId, String url, Duration stallTimeout) {
        this.playlistId = playlistId;
        this.url = url;
        this.stallTimeout = stallTimeout;
        this.capture = new PathfinderCapture(playlistId);
        this.collector = new PlaylistCollector(playlistId);
        this.visit = new PageVisit("playlist", playlistId, url);
    }

    @Override
    public void start(Page page) {
        capture.attach(page);
        page.addInitScript(DomReader.FRAME_COUNTER);
        startedNanos = System.nanoTime();
        lastProgress = new PageTime(startedNanos, -1);
        visit.open(page);
    }

    @Override
    public boolean step(Page page) {
        long begun = System.nanoTime();
        try {
            steps++;
            return advance(page);
        } catch (PlaywrightException e) {
            if (!PageVisit.isNavigationRace(e)) {
                throw e;
            }
            LOG.debug("The page {} navigated while being read: {}", url, e.getMessage());
            return false;
        } finally {
            stepNanos += System.nanoTime() - begun;
        }
    }

    private boolean advance(Page page) {
        visit.check();
        if (!visit.arrived(page)) {
            return false;
        }
        long nanos = System.nanoTime();
        int gained = 0;
        for (PlaylistChunk chunk : capture.drain()) {
            if (chunk.notFound()) {
                throw visit.notFound();
            }
            gained += collector.add(chunk);
        }
        DomSnapshot snapshot = DomReader.snapshot(page, !collector.hasAnything());
        if (snapshot.notFound()) {
            throw visit.notFound();
        }
        PageTime now = new PageTime(nanos, snapshot.frames());
        if (!committed) {
            // The quiet clocks start with the page, not with the request: a slow server is not a stalled list.
            committed = true;
            lastProgress = now;
        }
        gained += collector.add(snapshot);
        boolean scrolled = scroller.observe(snapshot.scroll(), now);
        boolean answered = capture.answers() != answersSeen;
        boolean loading = snapshot.placeholders() != placeholdersSeen;
        answersSeen = capture.answers();
        placeholdersSeen = snapshot.placeholders();
        if (gained > 0 || scrolled || answered || loading) {
            lastProgress = now;
        }
        if (collector.isComplete() || ended(snapshot, now)) {
            return true;
        }
        visit.acceptConsent(page, snapshot.consentSelector(), CONSENT_CLICK_TIMEOUT_MS);
        if (!awaitingRows(snapshot, now)) {
            scroller.step(page, snapshot.scroll(), now);
        }
        return false;
    }

    @Override
    public FetchedPlaylist finish(Page page, boolean timedOut) {
        visit.check();
        if (timedOut && visit.answered()) {
            try {
                capture.drain().forEach(chunk -> collector.add(chunk));
            } catch (PlaywrightException e) {
                LOG.debug("Reading the last responses of {} failed: {}", url, e.getMessage());
            }
        }
        if (!collector.hasAnything()) {
            if (!visit.answered()) {
                throw new OfflineException(PROVIDER, new TimeoutException(url + " did not answer in time"));
            }
            throw new ChangedShapeException(PROVIDER, "nothing on the playlist page " + url + " could be read ("
                    + capture.summary() + ")", null);
        }
        FetchedPlaylist playlist = collector.assemble();
        if (!playlist.complete()) {
            playlist = playlist.withShortfall(shortfall(playlist, timedOut));
        }
        LOG.info("Playlist {} read from the web player: {} of {} items ({} from data, {} from rows; {}) in {} ms,"
                + " {} steps taking {} ms, {} scrolls of {}{}", playlistId, playlist.readCount(),
                playlist.expectedTotal(), collector.jsonCount(), collector.domCount(), capture.summary(),
                (System.nanoTime() - startedNanos) / 1_000_000, steps, stepNanos / 1_000_000, scroller.steps(),
                scroller.element(), playlist.complete() ? "" : "; " + playlist.shortfall());
        return playlist;
    }

    /** Why the page gave less than it announced, as truthfully as the page lets us tell. */
    private String shortfall(FetchedPlaylist playlist, boolean timedOut) {
        String read = playlist.readCount() + (playlist.expectedTotal() >= 0 ? " of " + playlist.expectedTotal() : "");
        long seconds = Duration.ofNanos(System.nanoTime() - startedNanos).toSeconds();
        if (playlist.expectedTotal() < 0) {
            return "the web player page changed: it did not say how many items the playlist has (read " + read + ")";
        }
        if (collector.rowsDisagreeWithData()) {
            return "the web player page changed: its rows disagree with its data (read " + read + ")";
        }
        if (timedOut) {
            return (capture.inFlight() > 0 ? "the web player page was still waiting for rows after "
                    : "the web player page was still loading rows after ") + read + " when its " + seconds
                    + " s ran out";
        }
        if (scroller.stuck()) {
            return "the web player page changed: its track list could not be scrolled past " + read;
        }
        String unreadable = collector.jsonCount() == 0 && capture.unrecognised() > 0
                ? " (its data was not readable, so its rows were read)" : "";
        if (capture.failed() > 0) {
            return "the web player page stopped loading rows after " + read + ": " + capture.failed()
                    + " of its requests for more failed" + unreadable;
        }
        return "the web player page stopped loading rows after " + read + " within " + seconds + " s" + unreadable;
    }

    /**
     * Whether rows on screen are still being filled and worth waiting for before scrolling on: while their playlist
     * request is in flight, or, when only the rows can be read (the data is not recognised), for a quiet moment.
     */
    private boolean awaitingRows(DomSnapshot snapshot, PageTime now) {
        return snapshot.placeholders() > 0 && (capture.inFlight() > 0
                || collector.jsonCount() == 0 && !lastProgress.passed(now, PLACEHOLDER_WAIT, PLACEHOLDER_FRAMES));
    }

    /**
     * Whether the page stopped loading: the list cannot scroll further, no playlist request is in flight, and nothing
     * changed for the stall time and the page's quiet frames. A request in flight is waited for until the deadline.
     */
    private boolean ended(DomSnapshot snapshot, PageTime now) {
        Duration limit = collector.hasAnything() ? stallTimeout : stallTimeout.multipliedBy(EMPTY_PAGE_STALL_FACTOR);
        return scroller.ended(snapshot.scroll()) && capture.inFlight() == 0
                && lastProgress.passed(now, limit, QUIET_FRAMES);
    }
}
