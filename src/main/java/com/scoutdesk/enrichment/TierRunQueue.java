package com.scoutdesk.enrichment;

import com.scoutdesk.model.EnrichmentTier;
import com.scoutdesk.model.TierRun;
import com.scoutdesk.model.TierRunStatus;
import com.scoutdesk.model.Track;
import com.scoutdesk.persistence.Database;
import com.scoutdesk.persistence.bulk.IdList;
import com.scoutdesk.persistence.JdbcValues;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import org.hibernate.Session;

/**
 * The durable enrichment queue: the {@code tier_run} table. Runs are claimed per tier, highest unsigned score first
 * (unscored last), and held in memory while in flight; their outcomes are written with what they found, in one
 * transaction, so a crash loses at most the runs in flight, which are still due at the next start.
 */
public final class TierRunQueue {

    /** How many claims one read of due runs serves; the Spotify lane claims four batches at once. */
    static final int CLAIMS_PER_READ = 4;
    /** The width of {@code tier_run.last_error}. */
    static final int MAX_ERROR = 2000;
    private static final int DEFER_CHUNK = 1000;
    static final List<TierRunStatus> WAITING = List.of(TierRunStatus.PENDING, TierRunStatus.FAILED,
            TierRunStatus.DEFERRED, TierRunStatus.NOT_ON_PLAN);

    private final Database db;
    private final Clock clock;
    private final Backoff backoff;
    /** The ids of claimed runs not yet released; also the lock that orders claims and releases. */
    private final Set<Long> inFlight = new HashSet<>();
    /** Per tier, due runs read but not yet claimed; guarded by {@link #inFlight}. */
    private final Map<EnrichmentTier, Deque<QueuedRun>> readAhead = new EnumMap<>(EnrichmentTier.class);
    /** Per tier, the selection its read-ahead was read for; guarded by {@link #inFlight}. */
    private final Map<EnrichmentTier, RunSelection> readAheadFor = new EnumMap<>(EnrichmentTier.class);
    private final LongAdder readNanos = new LongAdder();
    private final DueRunReader dueRuns;
    /** Per tier, the configured lower tiers its runs wait for (see {@link EnrichmentStage#prerequisites()}). */
    private volatile Map<EnrichmentTier, Set<EnrichmentTier>> prerequisites = Map.of();

    public TierRunQueue(Database db, Clock clock, Backoff backoff) {
        this.db = db;
        this.clock = clock;
        this.backoff = backoff;
        this.dueRuns = new DueRunReader(db, backoff.maxAttempts());
    }

    /**
     * Runs left RUNNING go back to PENDING; returns how many. Claims no longer mark runs RUNNING (they are held in
     * memory), but a workspace written by an earlier version may still hold such runs after a crash.
     */
    public int recoverInterrupted() {
        return db.write(em -> em.createQuery("update TierRun r set r.status = :pending, r.updatedAt = :now "
                + "where r.status = :running").setParameter("pending", TierRunStatus.PENDING)
                .setParameter("running", TierRunStatus.RUNNING).setParameter("now", clock.instant())
                .executeUpdate());
    }

    /**
     * Gives every track a pending run of each of these tiers (the registered stages') that it has none of, so a tier
     * added since the tracks were fetched reaches them too; returns how many runs were created.
     */
    public int queueMissing(Collection<EnrichmentTier> tiers) {
        Instant now = clock.instant();
        return db.write(em -> em.unwrap(Session.class).doReturningWork(c -> MissingRuns.insert(c, db.dialect(),
                tiers, now)));
    }

    /**
     * Claims up to {@code max} runs of a tier that are due, best leads first. Failed runs that used up their
     * attempts are not claimed again until forced. A claimed run is held in memory, not marked in the database, until
     * {@link #release} hands it back: the workspace lock keeps every other process out, a crash loses nothing that a
     * mark would have kept, and a claim is then a read, with no write or commit of its own (ADR 0014).
     *
     * <p>One read serves {@value #CLAIMS_PER_READ} claims: the best due runs are read in that order and handed out
     * from memory, since ordering all due runs of a tier costs the database the same for 200 as for 800. A read's
     * leftovers are dropped by the next read and by {@link #enqueue}, so a re-queued run is claimed as it now is.
     */
    public List<QueuedRun> claim(EnrichmentTier tier, int max) {
        return claim(tier, max, RunSelection.all());
    }

    /**
     * Claims up to {@code max} due runs of a tier that are in {@code selection}, best leads first, as
     * {@link #claim(EnrichmentTier, int)} does; runs outside the selection stay as they are.
     */
    public List<QueuedRun> claim(EnrichmentTier tier, int max, RunSelection selection) {
        synchronized (inFlight) {
            Deque<QueuedRun> ahead = readAhead.computeIfAbsent(tier, t -> new ArrayDeque<>());
            // What was read ahead for another selection (an earlier pass) is dropped, as it may be none of this one's.
            if (readAheadFor.put(tier, selection) != selection || ahead.size() < max) {
                ahead.clear();
                ahead.addAll(readDue(tier, max * CLAIMS_PER_READ, selection));
            }
            List<QueuedRun> claimed = new ArrayList<>();
            while (claimed.size() < max && !ahead.isEmpty()) {
                QueuedRun run = ahead.poll();
                inFlight.add(run.runId());
                claimed.add(run);
            }
            return claimed;
        }
    }

    /** Which configured lower tiers each tier's runs wait for (set by the pipeline from its stages; ADR 0020). */
    void waitFor(Map<EnrichmentTier, Set<EnrichmentTier>> prerequisites) {
        this.prerequisites = Map.copyOf(prerequisites);
    }

    /**
     * How many of a tier's waiting runs in {@code selection} wait only for a prerequisite run that is itself due now
     * in the selection: runs that another lane's work in this pass will release.
     */
    int blockedByDue(EnrichmentTier tier, RunSelection selection) {
        Set<EnrichmentTier> before = prerequisites.getOrDefault(tier, Set.of()).stream()
                .filter(selection::includes).collect(java.util.stream.Collectors.toSet());
        return before.isEmpty() ? 0 : dueRuns.blocked(tier, before, clock.instant(), selection);
    }

    /** The best {@code max} due runs of a tier in the selection that are not in flight; called holding the lock. */
    private List<QueuedRun> readDue(EnrichmentTier tier, int max, RunSelection selection) {
        long start = System.nanoTime();
        List<QueuedRun> due = dueRuns.read(tier, prerequisites.getOrDefault(tier, Set.of()), max, clock.instant(),
                inFlight, selection);
        readNanos.add(System.nanoTime() - start);
        return due;
    }

    /** How many runs of a tier in {@code selection} are due now: what a pass will work through, for its progress. */
    public int dueCount(EnrichmentTier tier, RunSelection selection) {
        return dueRuns.count(tier, clock.instant(), selection);
    }

    /**
     * When the next waiting run of these tiers may be tried: now for a run due now, later for one waiting out a
     * backoff or a rate limit; empty when none waits (every run answered, or gave up after its last attempt).
     */
    public Optional<Instant> nextAttempt(Collection<EnrichmentTier> tiers) {
        if (tiers.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        String sql = "select count(*), sum(case when next_attempt_at is null then 1 else 0 end), "
                + "min(next_attempt_at) from tier_run where tier in (" + IdList.placeholders(tiers.size())
                + ") and status in (" + IdList.placeholders(WAITING.size()) + ") and attempts < ?";
        return db.readJdbc(c -> {
            try (PreparedStatement p = c.prepareStatement(sql)) {
                int i = 1;
                for (EnrichmentTier tier : tiers) {
                    p.setInt(i++, tier.number());
                }
                for (TierRunStatus status : WAITING) {
                    p.setString(i++, status.name());
                }
                p.setInt(i, backoff.maxAttempts());
                try (ResultSet rs = p.executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) == 0) {
                        return Optional.<Instant>empty();
                    }
                    OffsetDateTime earliest = rs.getObject(3, OffsetDateTime.class);
                    if (rs.getLong(2) > 0 || earliest == null || !earliest.toInstant().isAfter(now)) {
                        return Optional.of(now);
                    }
                    return Optional.of(earliest.toInstant());
                }
            }
        });
    }

    /** Time spent reading due runs since the queue was made, for the benchmark (waits for the lock excluded). */
    public long readNanos() {
        return readNanos.sum();
    }

    /**
     * Hands claimed runs back, once their outcomes are committed (or their batch ended without them): a run that is
     * still due can then be claimed again. Whoever commits outcomes releases their runs only after the commit, and a
     * claim reads and filters while holding the same lock, so a claim never sees a run as due and not in flight
     * while its outcome is being committed.
     */
    public void release(Collection<QueuedRun> runs) {
        synchronized (inFlight) {
            runs.forEach(r -> inFlight.remove(r.runId()));
        }
    }

    /**
     * Defers every due run of a tier in the selection that is not in flight, without counting an attempt: its source
     * cannot be reached, and asking it once a track would only learn that again. Claimed while they are written, so
     * no lane claims them meanwhile; one transaction for each {@value #DEFER_CHUNK}.
     *
     * @return how many runs were deferred
     */
    public int deferDue(EnrichmentTier tier, RunSelection selection, Instant retryAt, String reason) {
        int deferred = 0;
        while (true) {
            List<QueuedRun> due;
            synchronized (inFlight) {
                readAhead.computeIfAbsent(tier, t -> new ArrayDeque<>()).clear();
                due = readDue(tier, DEFER_CHUNK, selection);
                due.forEach(r -> inFlight.add(r.runId()));
            }
            if (due.isEmpty()) {
                return deferred;
            }
            try {
                RunOutcomes outcomes = outcomes();
                due.forEach(r -> outcomes.deferred(r, retryAt, reason));
                db.writeVoid(em -> em.unwrap(Session.class).doWork(outcomes::write));
            } finally {
                release(due);
            }
            deferred += due.size();
        }
    }

    /** How many runs are claimed and not yet released. */
    public int inFlight() {
        synchronized (inFlight) {
            return inFlight.size();
        }
    }

    public void done(QueuedRun run, long durationMs) {
        writeOne(run, outcomes().done(run, durationMs));
    }

    /** The stage judged the track complete and fresh for this tier. */
    public void skipped(QueuedRun run) {
        writeOne(run, outcomes().skipped(run));
    }

    /** A real failure: counted, and retried after the backoff. */
    public void failed(QueuedRun run, String error, long durationMs) {
        writeOne(run, outcomes().failed(run, error, durationMs));
    }

    /** Offline or rate-limited: not the track's fault, so not counted; tried again at {@code retryAt}. */
    public void deferred(QueuedRun run, Instant retryAt, String reason) {
        writeOne(run, outcomes().deferred(run, retryAt, reason));
    }

    private void writeOne(QueuedRun run, RunOutcomes outcomes) {
        try {
            db.writeVoid(em -> em.unwrap(Session.class).doWork(outcomes::write));
        } finally {
            release(List.of(run));
        }
    }

    /** Collects run outcomes to write in one batch, inside the caller's transaction. */
    RunOutcomes outcomes() {
        return new RunOutcomes(clock.instant(), backoff);
    }

    /**
     * Queues tiers for tracks again: runs are reset to PENDING with no attempts, created if missing. A stage still
     * skips values that are complete and fresh; {@link #enqueue(Collection, Collection, boolean)} with force does
     * not.
     *
     * @return how many runs were queued
     */
    public int enqueue(Collection<Long> trackIds, Collection<EnrichmentTier> tiers) {
        return enqueue(trackIds, tiers, false);
    }

    /**
     * Queues tiers for tracks again; with {@code force} (the scout's re-enrich) each run goes to its source even when
     * the values it would fetch are complete and fresh.
     *
     * @return how many runs were queued
     */
    public int enqueue(Collection<Long> trackIds, Collection<EnrichmentTier> tiers, boolean force) {
        Instant now = clock.instant();
        int queued = db.write(em -> {
            int count = 0;
            for (Long trackId : trackIds) {
                Track track = em.getReference(Track.class, trackId);
                for (EnrichmentTier tier : tiers) {
                    TierRun run = em.createQuery("select r from TierRun r where r.track.id = :t and r.tier = :n",
                            TierRun.class).setParameter("t", trackId).setParameter("n", tier.number())
                            .getResultStream().findFirst().orElse(null);
                    if (run == null) {
                        run = new TierRun();
                        run.setTrack(track);
                        run.setTier(tier.number());
                    } else {
                        // A claim of the run in flight now holds an older generation; its outcome will not be written.
                        run.setGeneration(run.getGeneration() + 1);
                    }
                    run.setStatus(TierRunStatus.PENDING);
                    run.setForced(force);
                    run.setAttempts(0);
                    run.setNextAttemptAt(null);
                    run.setLastError(null);
                    run.setUpdatedAt(now);
                    if (run.getId() == null) {
                        em.persist(run);
                    }
                    count++;
                }
            }
            return count;
        });
        // Runs read ahead may have been re-queued, with new attempts and force. Dropped after the commit: a claim
        // that read while this transaction was open read the runs as they were, and must not hand them out.
        synchronized (inFlight) {
            readAhead.clear();
        }
        return queued;
    }

    /** What the queue holds, for {@code scoutdesk queue} and the window: counts, waits and problems. */
    public QueueReports reports() {
        return new QueueReports(db);
    }
}
