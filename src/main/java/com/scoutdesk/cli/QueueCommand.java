package com.scoutdesk.cli;

import com.scoutdesk.model.EnrichmentTier;
import com.scoutdesk.model.TierRunStatus;
import com.scoutdesk.service.EnrichmentStatus;
import com.scoutdesk.service.TierRunCount;
import com.scoutdesk.service.TierRunProblem;
import com.scoutdesk.service.TierRunWait;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code scoutdesk queue}: the enrichment queue: runs per tier and status, and what failed or waits, and why. */
@Command(name = "queue", description = "Show the enrichment queue: runs per tier and status, and the failed and "
        + "deferred runs with their reasons.")
final class QueueCommand extends WorkspaceCommand {

    @Option(names = "--problems", defaultValue = "20", description = "How many failed/deferred runs to list "
            + "(default ${DEFAULT-VALUE}).")
    int problems;

    @Override
    int run(OpenedWorkspace workspace) {
        EnrichmentStatus queue = workspace.enrichment().status(problems);
        Map<Integer, Map<TierRunStatus, Long>> byTier = new TreeMap<>();
        for (TierRunCount c : queue.counts()) {
            byTier.computeIfAbsent(c.tier(), t -> new EnumMap<>(TierRunStatus.class)).put(c.status(), c.runs());
        }
        String fmt = "%-38s" + " %9s".repeat(TierRunStatus.values().length) + "%n";
        Object[] header = new Object[TierRunStatus.values().length + 1];
        header[0] = "TIER";
        for (TierRunStatus s : TierRunStatus.values()) {
            header[s.ordinal() + 1] = s.name().toLowerCase(Locale.ROOT);
        }
        out().printf(fmt, header);
        byTier.forEach((tier, counts) -> {
            Object[] row = new Object[TierRunStatus.values().length + 1];
            row[0] = tier + " " + title(tier);
            for (TierRunStatus s : TierRunStatus.values()) {
                row[s.ordinal() + 1] = counts.getOrDefault(s, 0L);
            }
            out().printf(fmt, row);
        });
        if (byTier.isEmpty()) {
            out().println("The queue is empty: tracks get their runs when a playlist fetch finds them.");
        }
        // Every tier, not only those with runs: opening a workspace made before a tier existed queues runs only for
        // the tiers configured, so an unconfigured new tier has none yet and would otherwise go unmentioned.
        Arrays.stream(EnrichmentTier.values()).map(EnrichmentTier::number)
                .filter(tier -> !byTier.isEmpty() && !queue.isConfigured(tier)).forEach(tier -> out().printf(
                        "tier %d %s: not configured; its runs wait%s.%n", tier, title(tier), setUp(tier)));
        if (queue.paused()) {
            out().println("Enrichment is paused in the window; it resumes there or at the next start.");
        }
        for (TierRunWait w : queue.waits()) {
            out().printf("tier %d %s: %,d runs wait: %s; next try at %s%n", w.tier(), title(w.tier()), w.runs(),
                    w.reason() == null ? "deferred" : TerminalText.escape(w.reason()), time(w.nextTry()));
        }
        List<TierRunProblem> list = queue.problems();
        if (!list.isEmpty()) {
            out().println();
            for (TierRunProblem p : list) {
                out().printf("%-8s tier %d  %s (%s), attempt %d, next %s: %s%n",
                        p.status().name().toLowerCase(Locale.ROOT), p.tier(), TrackTable.fit(p.trackName(), 40),
                        TerminalText.escape(p.spotifyId()), p.attempts(),
                        p.nextAttemptAt() == null ? "-" : p.nextAttemptAt(),
                        p.reason() == null ? "" : TerminalText.escape(p.reason()));
            }
        }
        return 0;
    }

    /** "17:42" today, "2026-11-07 17:42" on another day, in local time. */
    private static String time(Instant t) {
        if (t == null) {
            return "the next pass";
        }
        ZonedDateTime at = t.atZone(ZoneId.systemDefault());
        boolean today = at.toLocalDate().equals(LocalDate.now(ZoneId.systemDefault()));
        return at.format(DateTimeFormatter.ofPattern(today ? "HH:mm" : "yyyy-MM-dd HH:mm"));
    }

    /** What configures a tier, for the "not configured" line. */
    private static String setUp(int tier) {
        return switch (tier) {
            case 0, 1 -> " for Spotify credentials (`scoutdesk credentials set spotify`)";
            case 2 -> " for a Chromium (CHROMIUM_PATH)";
            case 3 -> " for The MLC credentials (`scoutdesk credentials set mlc`)";
            case 5 -> " for a Chartmetric refresh token (`scoutdesk credentials set chartmetric`)";
            case 6 -> " for a YouTube API key (`scoutdesk credentials set youtube`)";
            default -> "";
        };
    }

    private static String title(int tier) {
        return Arrays.stream(EnrichmentTier.values()).filter(t -> t.number() == tier).map(EnrichmentTier::title)
                .findFirst().orElse("(a tier this version does not know)");
    }
}
