package com.scoutdesk.ui.progress;

import static org.assertj.core.api.Assertions.assertThat;

import com.scoutdesk.concurrent.BackgroundTask;
import com.scoutdesk.concurrent.TaskExecutor;
import com.scoutdesk.enrichment.StageOutcome;
import com.scoutdesk.enrichment.TrackUpdate;
import com.scoutdesk.enrichment.fields.IsrcFields;
import com.scoutdesk.model.EnrichmentTier;
import com.scoutdesk.service.EnrichmentScope;
import com.scoutdesk.ui.fakes.ManualTaskExecutor;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The progress view model over a real H2 workspace and a real enrichment service: outcomes from the pipeline's lanes
 * reach the window in batches, the texts count tracks and name each tier's state, and the commands reach the service.
 */
class EnrichmentProgressViewModelTest {

    @TempDir
    Path dir;
    ProgressWorkspace ws;
    final ManualTaskExecutor executor = new ManualTaskExecutor();
    EnrichmentProgressViewModel model;
    final List<Set<Long>> changed = new ArrayList<>();

    @BeforeAll
    static void englishNumbers() {
        Locale.setDefault(Locale.US);
    }

    @BeforeEach
    void open() {
        ws = new ProgressWorkspace(dir, 4);
        model = viewModel(executor, ws.clock);
    }

    private EnrichmentProgressViewModel viewModel(TaskExecutor tasks, Clock clock) {
        EnrichmentProgressViewModel made = new EnrichmentProgressViewModel(ws.enrichment, tasks, clock);
        made.onTracksChanged(changed::add);
        return made;
    }

    @AfterEach
    void close() {
        model.dispose();
        ws.close();
    }

    /**
     * A flush as the view's timer makes it, late enough to ask the queue whatever the last question cost (they are
     * spaced by their cost), and the question answered.
     */
    private void tick() {
        ws.clock.advance(EnrichmentProgressViewModel.POLL_IDLE);
        model.flush();
        executor.runAll();
    }

    private String state(int tier) {
        return model.tiers().stream().filter(t -> t.tier() == tier).map(TierProgressRow::state).findFirst()
                .orElse(null);
    }

    @Test
    void beforeAnyOutcomeTheBarCountsTheQueuedTracksAndNamesTheirTiers() {
        tick();

        assertThat(model.activeProperty().get()).isTrue();
        assertThat(model.headlineProperty().get()).isEqualTo("Enriching 0 of 4 tracks\u2026");
        assertThat(model.progressProperty().get()).isZero();
        assertThat(model.tiers()).extracting(TierProgressRow::name).containsExactly("Tier 0 \u00b7 ISRC recovery",
                "Tier 1 \u00b7 Spotify metadata", "Tier 4 \u00b7 MusicBrainz songwriters and socials");
        assertThat(model.tiers()).extracting(TierProgressRow::state).containsExactly("pending", "not configured",
                "pending");
        assertThat(changed).isEmpty();
    }

    @Test
    void manyOutcomesReachTheWindowAsOneBatchOfTracks() {
        tick();
        ws.enrich(ws.ids.subList(0, 2));

        tick();
        tick();

        assertThat(changed).containsExactly(Set.of(ws.ids.get(0), ws.ids.get(1)));
        assertThat(model.headlineProperty().get()).isEqualTo("Enriching 2 of 4 tracks\u2026");
        assertThat(model.progressProperty().get()).isEqualTo(0.5);
        assertThat(model.tiers().get(0)).extracting(TierProgressRow::counts, TierProgressRow::state,
                TierProgressRow::fraction).containsExactly("2 of 4", "running", 0.5);
    }

    @Test
    void aTierThatFailedSaysHowManyAndStopsRunningWhenNothingIsHeard() {
        ws.isrc.answerWith(() -> new StageOutcome.Failed("HTTP 500"));
        ws.enrich(ws.ids.subList(0, 3));

        tick();
        assertThat(state(0)).isEqualTo("running \u00b7 failed 3");

        ws.clock.advance(TierRows.RUNNING_WINDOW);
        tick();
        assertThat(state(0)).isEqualTo("pending \u00b7 failed 3");
    }

    @Test
    void aRateLimitedTierSaysUntilWhenInTheScoutsLocalTime() {
        model.dispose();
        model = viewModel(executor, ws.seenFrom(ZoneId.of("Europe/Berlin")));
        ws.musicBrainz.answerWith(() -> new StageOutcome.Deferred(ProgressWorkspace.NOW.plus(Duration.ofMinutes(90)),
                "MusicBrainz rate-limited until 11:30; will retry then."));
        ws.enrich(ws.ids);

        tick();

        assertThat(state(4)).isEqualTo("rate-limited until 12:30");
        assertThat(state(0)).isEqualTo("done");
        assertThat(model.headlineProperty().get()).isEqualTo("Enriching 0 of 4 tracks\u2026");
    }

    @Test
    void anOfflineSourceSaysSo() {
        ws.musicBrainz.answerWith(() -> new StageOutcome.Deferred(ProgressWorkspace.NOW.plus(Duration.ofMinutes(2)),
                "MusicBrainz offline (cannot be reached)"));
        ws.enrich(ws.ids);

        tick();

        assertThat(state(4)).isEqualTo("offline");
    }

    @Test
    void theBarGoesAwayWhenNothingIsLeftToDo() {
        tick();
        ws.enrich(ws.ids);

        tick();
        tick();

        assertThat(changed).containsExactly(Set.copyOf(ws.ids));
        assertThat(model.activeProperty().get()).isFalse();
        assertThat(model.headlineProperty().get()).isEmpty();
        assertThat(model.tiers()).isEmpty();
    }

    @Test
    void theEndOfABatchIsToldOnceWithItsTracksAndFailures() {
        List<BatchSummary> ended = new ArrayList<>();
        model.onBatchEnded(ended::add);
        ws.musicBrainz.answerWith(() -> new StageOutcome.Failed("HTTP 500"));
        tick();
        ws.enrich(ws.ids.subList(0, 2));
        tick();
        assertThat(ended).isEmpty(); // two tracks still outstanding: the batch goes on

        ws.enrich(ws.ids.subList(2, 4));
        tick();
        tick();
        tick();

        assertThat(model.activeProperty().get()).isFalse();
        assertThat(ended).containsExactly(new BatchSummary(4, 4));
    }

    @Test
    void aBatchThatEndsWellNamesNoFailureAndLinksToTheActivity() {
        AtomicBoolean shown = new AtomicBoolean();
        var done = BatchNotices.of(new BatchSummary(12, 0), () -> shown.set(true));
        var failed = BatchNotices.of(new BatchSummary(1, 3), () -> { });

        assertThat(done.failure()).isFalse();
        assertThat(done.title()).isEqualTo("Enrichment finished");
        assertThat(done.text()).isEqualTo("12 tracks were enriched.");
        done.action().run();
        assertThat(shown).isTrue();
        assertThat(failed.failure()).isTrue();
        assertThat(failed.text()).startsWith("1 track was enriched; 3 runs failed.");
    }

    @Test
    void anIdleBarAsksSeldomAndAtOnceWhenWorkIsQueued() {
        ws.enrich(ws.ids);
        tick();
        assertThat(model.activeProperty().get()).isFalse();

        ws.clock.advance(EnrichmentProgressViewModel.POLL_EVERY);
        model.flush();
        assertThat(executor.pending()).isEmpty();

        ws.enrichment.queueAgain(EnrichmentScope.of(ws.ids.subList(0, 2), List.of(EnrichmentTier.ISRC)));
        model.refresh();
        executor.runAll();
        assertThat(model.activeProperty().get()).isTrue();
        assertThat(model.headlineProperty().get()).isEqualTo("Enriching 0 of 2 tracks\u2026");
    }

    @Test
    void theQueuesChangeMarkMovesWithEveryChangeAndIsWithheldWhileAWriteIsOpen() throws Exception {
        OptionalLong first = ws.enrichment.queueChangeMark();
        assertThat(first).isPresent();
        ws.enrichment.status(1);
        ws.enrichment.progress(ProgressWorkspace.NOW);
        assertThat(ws.enrichment.queueChangeMark()).as("reading the queue changes nothing").isEqualTo(first);

        var settings = ws.db.settings();
        try (Connection other = DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password())) {
            other.setAutoCommit(false);
            try (Statement s = other.createStatement()) {
                s.executeUpdate("update tier_run set attempts = attempts + 1 where tier = 0");
            }
            assertThat(ws.enrichment.queueChangeMark()).as("a write in flight").isEmpty();
            other.commit();
        }
        OptionalLong committed = ws.enrichment.queueChangeMark();
        assertThat(committed).isPresent().isNotEqualTo(first);

        ws.enrich(ws.ids);
        assertThat(ws.enrichment.queueChangeMark()).isPresent().isNotEqualTo(committed);
    }

    @Test
    void anAnswerStandsOnlyUntilTheQueueChangesEvenWithoutAWordFromThePipeline() {
        ws.enrich(ws.ids);
        tick();
        tick(); // the queue did not change: the answer before stands
        assertThat(model.activeProperty().get()).isFalse();

        // Queued behind the bar's back: no outcome is heard and refresh() is not called; the next question sees it.
        ws.enrichment.queueAgain(EnrichmentScope.of(ws.ids.subList(0, 2), List.of(EnrichmentTier.ISRC)));
        tick();
        assertThat(model.activeProperty().get()).isTrue();
        assertThat(model.headlineProperty().get()).endsWith("of 2 tracks\u2026");

        model.pause();
        executor.runAll();
        tick(); // unchanged queue again, but the pause is read afresh
        assertThat(model.headlineProperty().get()).startsWith("Enrichment paused:");
    }

    @Test
    void pauseAndResumeReachTheServiceAndTheTexts() {
        tick();

        model.pause();
        executor.runAll();
        assertThat(ws.enrichment.isPaused()).isTrue();
        assertThat(model.pausedProperty().get()).isTrue();
        assertThat(model.headlineProperty().get()).isEqualTo("Enrichment paused: 0 of 4 tracks done");
        assertThat(state(0)).isEqualTo("paused");

        model.resume();
        executor.runAll();
        assertThat(ws.enrichment.isPaused()).isFalse();
        assertThat(model.pausedProperty().get()).isFalse();
        assertThat(state(0)).isEqualTo("pending");
    }

    @Test
    void cancelStopsThePassUnderWay() {
        AtomicBoolean first = new AtomicBoolean(true);
        ws.isrc.answerWith(() -> {
            if (first.getAndSet(false)) {
                model.cancel(); // the scout clicks while the lanes work
                executor.runAll();
            }
            return new StageOutcome.Done(TrackUpdate.from("spotify-api").found(IsrcFields.ISRC, "GBAYE2400099")
                    .build());
        });

        ws.enrich(ws.ids);

        assertThat(ws.isrc.asked.get()).isLessThan(ws.ids.size());
        assertThat(model.messageProperty().get()).startsWith("Stopped after the batches in hand");
        assertThat(model.errorProperty().get()).isFalse();
    }

    @Test
    void aCommandThatFailsSaysWhy() {
        model.dispose();
        model = viewModel(new FailingCommands(executor), ws.clock);

        model.pause();

        assertThat(model.messageProperty().get()).isEqualTo("Could not pause enrichment: the workspace is closing");
        assertThat(model.errorProperty().get()).isTrue();
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(ws.enrichment.isPaused()).isFalse();
    }

    @Test
    void aQueueThatCannotBeReadSaysWhyUntilItCanAgain() {
        AtomicBoolean failing = new AtomicBoolean(true);
        model.dispose();
        model = viewModel(new TaskExecutor() {
            @Override
            public <T> BackgroundTask submit(String name, Callable<T> work, Consumer<? super T> onSuccess,
                                             Consumer<? super Throwable> onError) {
                if (failing.get()) {
                    onError.accept(new IllegalStateException("the database file is locked"));
                    return BackgroundTask.DONE;
                }
                return executor.submit(name, work, onSuccess, onError);
            }

            @Override
            public void shutdown() {
            }
        }, ws.clock);

        tick();
        assertThat(model.messageProperty().get())
                .isEqualTo("Could not read the enrichment queue: the database file is locked");
        assertThat(model.errorProperty().get()).isTrue();

        failing.set(false);
        tick();
        assertThat(model.messageProperty().get()).isNull();
        assertThat(model.headlineProperty().get()).isEqualTo("Enriching 0 of 4 tracks\u2026");
    }

    @Test
    void disposingStopsTheOutcomesAndTheViewsTimer() {
        AtomicBoolean timerStopped = new AtomicBoolean();
        model.whenDisposed(() -> timerStopped.set(true));

        model.dispose();
        ws.enrich(ws.ids);
        model.flush();

        assertThat(timerStopped).isTrue();
        assertThat(changed).isEmpty();
        assertThat(executor.pending()).isEmpty();
    }

    /** Runs status questions as the manual executor does, and fails every command as a closing workspace would. */
    private static final class FailingCommands implements TaskExecutor {
        private final ManualTaskExecutor questions;

        FailingCommands(ManualTaskExecutor questions) {
            this.questions = questions;
        }

        @Override
        public <T> BackgroundTask submit(String name, Callable<T> work, Consumer<? super T> onSuccess,
                                         Consumer<? super Throwable> onError) {
            if (name.equals("enrichment-progress")) {
                return questions.submit(name, work, onSuccess, onError);
            }
            onError.accept(new IllegalStateException("the workspace is closing"));
            return BackgroundTask.DONE;
        }

        @Override
        public void shutdown() {
        }
    }
}
