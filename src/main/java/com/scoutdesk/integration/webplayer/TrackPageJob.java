package com.scoutdesk.integration.webplayer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.scoutdesk.integration.common.ChangedShapeException;
import com.scoutdesk.integration.common.OfflineException;
import com.scoutdesk.integration.common.Provider;
import com.scoutdesk.integration.common.TimedOutException;
import com.scoutdesk.model.fetch.FetchedCredit;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens one track page, keeps its {@code getTrack} answer (play count), then opens the credits the way a scout
 * would: "More options", then "View credits". Opening the dialog is what makes the page ask for
 * {@code queryTrackCreditsModal}; when that answer is not recognisable by name, the dialog itself is read.
 *
 * <p>Outcomes: a {@link TrackPage} (with {@code creditsListed == false} when the menu offers no credits, a normal
 * case); {@link ChangedShapeException} when an answer is not in the known shape or the page has no credits menu;
 * {@link OfflineException} when the page cannot be reached; {@link TimedOutException} when it did not finish in the
 * page time.
 */
final class TrackPageJob implements PageJob<TrackPage> {

    private static final Logger LOG = LoggerFactory.getLogger(TrackPageJob.class);
    private static final Provider PROVIDER = Provider.SPOTIFY_WEB_PLAYER;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final double CLICK_TIMEOUT_MS = 2_000;
    /** A menu without a credits item is believed only after this long: items may render a moment later. */
    private static final long MENU_GRACE_NANOS = Duration.ofMillis(800).toNanos();
    /** The dialog's own data gets this long to arrive before the dialog's text is read instead. */
    private static final long DIALOG_GRACE_NANOS = Duration.ofMillis(2_000).toNanos();
    private static final int MAX_CLICKS = 3;

    private final String trackId;
    private final String url;
    private final Duration pageTimeout;
    private final long stallNanos;
    private final TrackCapture capture = new TrackCapture();
    private final PageVisit visit;
    private long committedNanos;
    private TrackJson.TrackInfo info;
    private Long domPlayCount;
    private TrackJson.Credits credits;
    private String creditsFrom;
    private boolean noCredits;
    private long menuSinceNanos;
    private long dialogSinceNanos;
    private int moreClicks;
    private int creditClicks;

    TrackPageJob(String trackId, String url, Duration pageTimeout, Duration stallTimeout) {
        this.trackId = trackId;
        this.url = url;
        this.pageTimeout = pageTimeout;
        this.stallNanos = stallTimeout.toNanos();
        this.visit = new PageVisit("track", trackId, url);
    }

    @Override
    public void start(Page page) {
        capture.attach(page);
        visit.open(page);
    }

    @Override
    public boolean step(Page page) {
        try {
            return advance(page);
        } catch (PlaywrightException e) {
            if (PageVisit.isNavigationRace(e)) {
                return false;
            }
            throw e;
        }
    }

    private boolean advance(Page page) {
        visit.check();
        if (!visit.arrived(page)) {
            return false;
        }
        long now = System.nanoTime();
        if (committedNanos == 0) {
            committedNanos = now;
        }
        readAnswers();
        if (info != null && info.notFound()) {
            throw visit.notFound();
        }
        TrackDomReader.Snapshot dom = TrackDomReader.snapshot(page);
        if (dom.notFound()) {
            throw visit.notFound();
        }
        if (dom.playCount() != null) {
            domPlayCount = dom.playCount();
        }
        if (creditsResolved(dom, now)) {
            return info != null || domPlayCount != null || now - committedNanos > stallNanos;
        }
        if (visit.acceptConsent(page, dom.consentSelector(), CLICK_TIMEOUT_MS)) {
            return false;
        }
        openCredits(page, dom, now);
        return false;
    }

    private void readAnswers() {
        for (TrackCapture.Answer answer : capture.drain()) {
            if (answer.body() == null) {
                continue; // failed on the wire: the DOM may still show what it would have said
            }
            try {
                var root = JSON.readTree(answer.body());
                if (answer.isTrack()) {
                    info = TrackJson.track(root);
                } else {
                    credits = TrackJson.credits(root);
                    creditsFrom = "data";
                }
            } catch (JsonProcessingException e) {
                throw new ChangedShapeException(PROVIDER, answer.operationName() + " is not JSON", e);
            }
        }
    }

    /** Whether we know the credits: read from data or dialog, or the menu offers none. */
    private boolean creditsResolved(TrackDomReader.Snapshot dom, long now) {
        if (credits != null || noCredits) {
            return true;
        }
        if (dom.dialog()) {
            if (dialogSinceNanos == 0) {
                dialogSinceNanos = now;
            }
            if (now - dialogSinceNanos > DIALOG_GRACE_NANOS && capture.inFlight() == 0) {
                credits = new TrackJson.Credits(dom.credits(), List.of());
                creditsFrom = "page";
                LOG.info("Credits of track {} read from the dialog: its data was not recognised", trackId);
                return true;
            }
            return false;
        }
        if (dom.menuOpen() && !dom.creditsItem() && creditClicks == 0) {
            if (menuSinceNanos == 0) {
                menuSinceNanos = now;
            }
            if (now - menuSinceNanos > MENU_GRACE_NANOS) {
                noCredits = true;
                return true;
            }
        }
        return false;
    }

    private void openCredits(Page page, TrackDomReader.Snapshot dom, long now) {
        if (dom.creditsItem() && creditClicks < MAX_CLICKS && !dom.dialog()) {
            creditClicks++;
            visit.click(page, TrackDomReader.CREDITS_ITEM, CLICK_TIMEOUT_MS);
        } else if (dom.moreButton() && !dom.menuOpen() && !dom.dialog() && moreClicks < MAX_CLICKS) {
            moreClicks++;
            visit.click(page, TrackDomReader.MORE_BUTTON, CLICK_TIMEOUT_MS);
        } else if (!dom.moreButton() && now - committedNanos > stallNanos * 3
                && (info != null || domPlayCount != null)) {
            throw new ChangedShapeException(PROVIDER, "the track page " + url + " has no \"More options\" button "
                    + "to open the credits", null);
        } else if (creditClicks >= MAX_CLICKS && now - committedNanos > stallNanos * 3) {
            throw new ChangedShapeException(PROVIDER, "the credits of " + url + " did not open", null);
        }
    }

    @Override
    public TrackPage finish(Page page, boolean timedOut) {
        visit.check();
        if (timedOut) {
            throw new TimedOutException(PROVIDER, pageTimeout, !visit.answered()
                    ? "the track page " + url + " did not load"
                    : "the track page " + url + " showed " + (info == null && domPlayCount == null
                    ? "nothing readable" : "no credits") + " in time");
        }
        Long playCount = info != null ? info.playCount() : domPlayCount;
        List<FetchedCredit> found = credits == null ? List.of() : credits.credits();
        List<String> sources = credits == null ? List.of() : credits.sources();
        LOG.info("Track {} read from the web player: play count {}, {} credits{}", trackId, playCount, found.size(),
                noCredits ? " (none listed)" : " from the " + creditsFrom);
        return new TrackPage(trackId, playCount, !noCredits, found, sources, creditsFrom);
    }
}
