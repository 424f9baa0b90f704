package com.scoutdesk.ui.progress;

import com.scoutdesk.concurrent.BackgroundTask;
import com.scoutdesk.concurrent.TaskExecutor;
import com.scoutdesk.service.EnrichmentProgress;
import com.scoutdesk.service.EnrichmentService;
import com.scoutdesk.service.EnrichmentStatus;
import com.scoutdesk.service.Subscription;
import com.scoutdesk.service.TierRunEvent;
import com.scoutdesk.ui.common.ErrorMessages;
import com.scoutdesk.ui.common.I18n;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Live enrichment progress for the window's bottom bar, whoever started the work (the background passes, a re-enrich).
 *
 * <p>The current batch of work begins when the bar first sees outstanding runs (pending, or deferred by a rate limit or
 * an offline source) of a tier something configured can run, or a run's outcome; it ends when none is outstanding.
 * Its tracks are the distinct tracks with runs outstanding now plus those whose runs all settled since it began, so
 * "Enriching 47 of 100 tracks…" counts tracks with nothing left to do of the tracks the batch touched, and grows when
 * tracks are queued while it runs.
 *
 * <p>Outcomes arrive on the lanes' threads and only go into a buffer; {@link #flush()} (the view's timer, on the FX
 * thread) drains it and updates every property in one go, never once per outcome. The counts come from the queue in
 * the background, every {@link #POLL_EVERY} and soon after a flush that saw outcomes; the latest answer wins.
 */
public final class EnrichmentProgressViewModel {

    /** How often the queue is asked while work is under way and nothing is heard. */
    static final Duration POLL_EVERY = Duration.ofSeconds(3);
    /**
     * How often it is asked while there is no work: a pass announces itself with outcomes anyway, and each question
     * scans the queue, so an idle window asks seldom. {@link #refresh()} asks at once after queueing work.
     */
    static final Duration POLL_IDLE = Duration.ofSeconds(10);
    /** The least time between two questions while outcomes keep arriving: the counts query scans the queue. */
    static final Duration POLL_AFTER_OUTCOMES = Duration.ofSeconds(1);
    /**
     * Questions are at least this many times their own duration apart, so the database spends at most a quarter of
     * its time on the bar (about 0.3 to 0.6 s a question on a workspace of 20,000 tracks and 140,000 runs).
     */
    static final int COST_FACTOR = 4;

    private final EnrichmentService enrichment;
    private final TaskExecutor executor;
    private final Clock clock;
    private final ConcurrentLinkedQueue<TierRunEvent> buffer = new ConcurrentLinkedQueue<>();
    private final Subscription subscription;
    private final List<Runnable> onDispose = new ArrayList<>();
    private Consumer<BatchSummary> batchEnded = summary -> { };

    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(this, "active");
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper(this, "headline", "");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyBooleanWrapper paused = new ReadOnlyBooleanWrapper(this, "paused");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message");
    private final ReadOnlyBooleanWrapper error = new ReadOnlyBooleanWrapper(this, "error");
    private final ObservableList<TierProgressRow> tiers = FXCollections.observableArrayList();
    private final ObservableList<TierProgressRow> tiersView = FXCollections.unmodifiableObservableList(tiers);

    private Consumer<Set<Long>> tracksChanged = ids -> { };
    /** When each tier last committed an answer other than a deferral, by tier number. */
    private final Map<Integer, Instant> lastAnswer = new HashMap<>();
    private final Batch batch = new Batch();
    private ProgressSnapshot latest;
    private Instant lastPoll;
    private Duration lastCost = Duration.ZERO;
    private long sequence;
    /** What the last command said (a failure, or that the pass stopped) and why the queue could not be read. */
    private String notice;
    private boolean noticeIsError;
    private String statusError;
    private BackgroundTask pollTask = BackgroundTask.DONE;
    private boolean disposed;

    /** @param clock the time zone of "rate-limited until 17:42" and the time the batch and the polls are measured in */
    public EnrichmentProgressViewModel(EnrichmentService enrichment, TaskExecutor executor, Clock clock) {
        this.enrichment = Objects.requireNonNull(enrichment);
        this.executor = Objects.requireNonNull(executor);
        this.clock = Objects.requireNonNull(clock);
        this.subscription = enrichment.subscribe(buffer::add);
    }

    /**
     * Takes in the outcomes heard since the last flush in one batch: tells {@link #onTracksChanged} their tracks once,
     * asks the queue when it is time, and updates the texts. Call on the FX thread, from a timer.
     */
    public void flush() {
        if (disposed) {
            return;
        }
        Instant now = clock.instant();
        Set<Long> changed = new LinkedHashSet<>();
        Instant earliest = null;
        for (TierRunEvent event = buffer.poll(); event != null; event = buffer.poll()) {
            changed.add(event.trackId());
            if (!"deferred".equals(event.outcome())) {
                lastAnswer.put(event.tier(), now);
            }
            if (event.at() != null && (earliest == null || event.at().isBefore(earliest))) {
                earliest = event.at();
            }
        }
        if (!changed.isEmpty()) {
            batch.heard(earliest, now);
            if (!noticeIsError) {
                notice = null; // "stopped" is old news once outcomes arrive again
            }
        }
        if (pollDue(now)) {
            poll();
        }
        render();
        if (!changed.isEmpty()) {
            tracksChanged.accept(Set.copyOf(changed));
        }
    }

    private boolean pollDue(Instant now) {
        if (lastPoll == null) {
            return true;
        }
        if (!pollTask.isDone()) {
            return false; // a slow database gets one question at a time from the timer
        }
        Duration since = Duration.between(lastPoll, now);
        Duration least = lastCost.multipliedBy(COST_FACTOR);
        Duration every = max(active.get() ? POLL_EVERY : POLL_IDLE, least);
        return since.compareTo(every) >= 0
                || batch.unasked() && since.compareTo(max(POLL_AFTER_OUTCOMES, least)) >= 0;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** Asks the queue for its status and the batch's progress now, making any question still under way stale. */
    private void poll() {
        pollTask.cancel();
        long ticket = ++sequence;
        long seen = batch.ask();
        Instant now = clock.instant();
        Instant since = batch.since(now);
        lastPoll = now;
        ProgressSnapshot previous = latest;
        pollTask = executor.submit("enrichment-progress",
                () -> ask(since, previous),
                snapshot -> {
                    if (ticket == sequence && !disposed) {
                        apply(snapshot, seen);
                    }
                },
                failure -> {
                    if (ticket == sequence && !disposed) {
                        statusError = I18n.tr("progress.error.status", ErrorMessages.of(failure));
                        render();
                    }
                });
    }

    /**
     * On the background thread. When the queue has not changed since {@code previous} was read (same change mark, same
     * batch start, same configured tiers), its answer stands and the queue is not scanned again: an open window with
     * work waiting asks every few seconds, and each full question scans every run.
     */
    private ProgressSnapshot ask(Instant since, ProgressSnapshot previous) {
        long start = System.nanoTime();
        OptionalLong before = enrichment.queueChangeMark();
        if (previous != null && before.isPresent() && previous.mark().equals(before)
                && previous.progress().since().equals(since)
                && previous.status().configured().equals(enrichment.configuredTiers())) {
            return previous.again(enrichment.isPaused(), Duration.ofNanos(System.nanoTime() - start));
        }
        // One problem at most: the bar lists none, and a limit of 1 is bounded whatever 0 means to the engine.
        EnrichmentStatus status = enrichment.status(1);
        EnrichmentProgress progress = enrichment.progress(since);
        OptionalLong after = enrichment.queueChangeMark();
        return new ProgressSnapshot(status, progress, Duration.ofNanos(System.nanoTime() - start),
                before.isPresent() && before.equals(after) ? before : OptionalLong.empty());
    }

    private void apply(ProgressSnapshot snapshot, long seen) {
        latest = snapshot;
        lastCost = snapshot.took();
        statusError = null;
        batch.answered(seen, snapshot.hasWork(), snapshot.progress().since());
        paused.set(snapshot.status().paused());
        render();
    }

    /** Every property from the latest answer and the outcomes heard since: one update per flush or answer. */
    private void render() {
        boolean work = latest != null && latest.hasWork();
        boolean wasActive = active.get();
        active.set(work || batch.unanswered());
        if (wasActive && !active.get() && latest != null) {
            batchEnded.accept(BatchSummary.of(latest.progress()));
        }
        message.set(notice != null ? notice : statusError);
        error.set(notice != null ? noticeIsError : statusError != null);
        EnrichmentProgress p = latest == null ? null : latest.progress();
        long total = p == null ? 0 : p.batchTracks();
        long settled = p == null ? 0 : p.settledTracks();
        if (!active.get()) {
            headline.set("");
            progress.set(0);
        } else if (total == 0) {
            headline.set(I18n.tr("progress.headline.counting"));
            progress.set(-1);
        } else {
            headline.set(I18n.tr(paused.get() ? "progress.headline.paused" : "progress.headline", settled, total));
            progress.set((double) settled / total);
        }
        List<TierProgressRow> rows = latest == null || !active.get() ? List.of()
                : TierRows.build(latest, lastAnswer, clock.instant(), clock.getZone(), paused.get());
        if (!rows.equals(tiers)) {
            tiers.setAll(rows);
        }
    }

    /** Asks the queue now, e.g. right after tracks were queued for (re-)enrichment, so the bar shows at once. */
    public void refresh() {
        if (!disposed) {
            poll();
        }
    }

    /** Stops the pass under way after the batches in hand and starts none until {@link #resume()}. */
    public void pause() {
        command("enrichment-pause", enrichment::pause, "progress.error.pause", () -> paused.set(true));
    }

    /** Lets passes run again; what waited runs at the next pass. */
    public void resume() {
        command("enrichment-resume", enrichment::resume, "progress.error.resume", () -> paused.set(false));
    }

    /** Stops the pass under way after the batches in hand; what is left stays queued for the next pass. */
    public void cancel() {
        command("enrichment-cancel", enrichment::cancel, "progress.error.cancel",
                () -> notice = I18n.tr("progress.cancelled"));
    }

    private void command(String name, Runnable call, String errorKey, Runnable done) {
        busy.set(true);
        notice = null;
        noticeIsError = false;
        render();
        executor.submit(name, () -> {
            call.run();
            return Boolean.TRUE;
        }, ok -> {
            busy.set(false);
            done.run();
            if (!disposed) {
                poll();
                render();
            }
        }, failure -> {
            busy.set(false);
            notice = I18n.tr(errorKey, ErrorMessages.of(failure));
            noticeIsError = true;
            render();
        });
    }

    /**
     * Called on the FX thread once per flush that heard outcomes, with the ids of the tracks whose tier runs were
     * answered (or deferred) since the last one, so rows, cards and the drawer refresh in batches.
     */
    public void onTracksChanged(Consumer<Set<Long>> listener) {
        this.tracksChanged = Objects.requireNonNull(listener);
    }

    /** Runs {@code action} when this is disposed, e.g. stopping the view's timer. */
    /** Called on the FX thread when the bar goes away because the batch it followed has no work left. */
    public void onBatchEnded(Consumer<BatchSummary> listener) {
        batchEnded = Objects.requireNonNull(listener);
    }

    public void whenDisposed(Runnable action) {
        onDispose.add(Objects.requireNonNull(action));
    }

    /** Stops hearing outcomes, drops the question under way and stops the view's timer. */
    public void dispose() {
        if (disposed) {
            return;
        }
        disposed = true;
        subscription.close();
        pollTask.cancel();
        buffer.clear();
        onDispose.forEach(Runnable::run);
    }

    /** True while runs are outstanding (paused ones too) or outcomes were heard that the queue has not counted yet. */
    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    /** "Enriching 47 of 100 tracks…", "Enrichment paused: 47 of 100 tracks done"; empty when not active. */
    public ReadOnlyStringProperty headlineProperty() {
        return headline.getReadOnlyProperty();
    }

    /** 0..1 of the batch's tracks settled; -1 (indeterminate) while outcomes arrive before the first count. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty pausedProperty() {
        return paused.getReadOnlyProperty();
    }

    /** True while a pause, resume or cancel is on its way to the service. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** A notice ("Stopped …") or an error to show in the bar; null when there is none. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Whether {@link #messageProperty()} reports a failure. */
    public ReadOnlyBooleanProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** One line per tier with work in the batch, in tier order; replaced as a whole when anything changes. */
    public ObservableList<TierProgressRow> tiers() {
        return tiersView;
    }
}
