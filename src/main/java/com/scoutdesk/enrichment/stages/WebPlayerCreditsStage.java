package com.scoutdesk.enrichment.stages;

import com.scoutdesk.enrichment.EnrichmentStage;
import com.scoutdesk.enrichment.FoundCredit;
import com.scoutdesk.enrichment.StageOutcome;
import com.scoutdesk.enrichment.TrackFacts;
import com.scoutdesk.enrichment.TrackUpdate;
import com.scoutdesk.enrichment.fields.WebPlayerFields;
import com.scoutdesk.integration.common.OfflineException;
import com.scoutdesk.integration.common.ProviderException;
import com.scoutdesk.integration.common.RateLimitedException;
import com.scoutdesk.integration.common.TimedOutException;
import com.scoutdesk.integration.webplayer.LazyWebPlayerBrowser;
import com.scoutdesk.integration.webplayer.TrackPage;
import com.scoutdesk.integration.webplayer.WebPlayerTrackScraper;
import com.scoutdesk.model.EnrichmentTier;
import com.scoutdesk.model.fetch.FetchedCredit;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Tier 2: the play count and the credits the Spotify web player shows on a track's page (writers, composers,
 * lyricists, producers, performers ...), which no API we may use gives. One page per track through the workspace's
 * shared browser, whose Chromium starts only when the first track needs it.
 *
 * <p>Outcomes: a page read is done, with the play count when the page shows one (never 0 for "none") and the
 * credits it lists, which may be none. A changed page, a track Spotify does not know and a page that took longer
 * than the page time fail (retried with backoff, the message says which); an unreachable web player or a 429 defers
 * the run without counting an attempt.
 */
public final class WebPlayerCreditsStage implements EnrichmentStage {

    /** The provenance and credit source of everything this stage writes. */
    public static final String SOURCE = "webplayer";

    /**
     * @param freshFor how long credits and play count fetched from the web player count as fresh; a track queued
     *                 again within that time is skipped
     */
    public record Settings(Duration freshFor) {

        public Settings {
            Objects.requireNonNull(freshFor, "freshFor");
        }

        /** Play counts move weekly, as the tracking does. */
        public static Settings defaults() {
            return new Settings(Duration.ofDays(7));
        }
    }

    private final LazyWebPlayerBrowser browser;
    private final WebPlayerFreshness freshness;
    private final Settings settings;
    private final Clock clock;

    public WebPlayerCreditsStage(LazyWebPlayerBrowser browser, WebPlayerFreshness freshness, Settings settings,
                                 Clock clock) {
        this.browser = Objects.requireNonNull(browser, "browser");
        this.freshness = Objects.requireNonNull(freshness, "freshness");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public String id() {
        return "webplayer-credits";
    }

    @Override
    public EnrichmentTier tier() {
        return EnrichmentTier.WEB_PLAYER_CREDITS;
    }

    /**
     * As many tracks at once as the browser has pages (WEB_PLAYER_PAGES); their writes still go one at a time
     * through the workspace's single writer, so people found on two pages at once are never created twice.
     */
    @Override
    public int concurrency() {
        return browser.config().pagePoolSize();
    }

    /** One page per track; the page pool bounds how many pages all users of the browser have open. */
    @Override
    public int batchSize() {
        return 1;
    }

    @Override
    public boolean needs(TrackFacts track) {
        return track.spotifyId() != null
                && !freshness.isFresh(track.trackId(), clock.instant().minus(settings.freshFor()));
    }

    /**
     * Offline and rate limits are thrown for the pipeline to defer; every other provider failure is this track's
     * failed run.
     */
    @Override
    public Map<Long, StageOutcome> enrich(List<TrackFacts> batch) {
        Map<Long, StageOutcome> out = new HashMap<>();
        for (TrackFacts facts : batch) {
            out.put(facts.trackId(), read(facts));
        }
        return out;
    }

    private StageOutcome read(TrackFacts facts) {
        TrackPage page;
        try {
            page = new WebPlayerTrackScraper(browser.get(), browser.config()).fetch(facts.spotifyId());
        } catch (OfflineException | RateLimitedException e) {
            throw e;
        } catch (TimedOutException e) {
            return new StageOutcome.Failed("Timed out: " + e.getMessage());
        } catch (ProviderException e) {
            return new StageOutcome.Failed(e.getMessage());
        }
        List<FoundCredit> credits = page.credits().stream().map(WebPlayerCreditsStage::credit).toList();
        return new StageOutcome.Done(TrackUpdate.from(SOURCE)
                .value(WebPlayerFields.SPOTIFY_STREAMS, page.playCount()).credits(credits).build());
    }

    private static FoundCredit credit(FetchedCredit credit) {
        return new FoundCredit(credit.name(), credit.spotifyArtistId(), credit.role());
    }
}
