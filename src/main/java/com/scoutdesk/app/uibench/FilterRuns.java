package com.scoutdesk.app.uibench;

import com.scoutdesk.app.uibench.DashboardProbe.FilterChange;
import com.scoutdesk.bench.UiBenchmarkReport;
import com.scoutdesk.bench.UiBenchmarkReport.FilterTiming;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Times filter changes on the open dashboard: the kinds take turns, each change is timed until the table shows its
 * result and then undone (untimed) so the next one starts from the whole workspace. One change of each kind goes
 * first untimed, as {@code bench} warms its queries up.
 */
final class FilterRuns {

    private static final long CHANGE_TIMEOUT_SECONDS = 60;

    private final DashboardProbe probe;
    private final Consumer<String> progress;
    private final Map<FilterKind, Integer> made = new EnumMap<>(FilterKind.class);

    FilterRuns(DashboardProbe probe, Consumer<String> progress) {
        this.probe = probe;
        this.progress = progress;
    }

    /** The timings per kind (of the kinds that ran), then over every change ({@link UiBenchmarkReport#ALL_FILTERS}). */
    List<FilterTiming> time(int runs) throws InterruptedException {
        for (FilterKind kind : FilterKind.values()) {
            once(kind);
        }
        Map<FilterKind, List<Double>> samples = new EnumMap<>(FilterKind.class);
        List<Double> all = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            FilterKind kind = FilterKind.values()[i % FilterKind.values().length];
            FilterChange change = once(kind);
            double ms = kind.settles() ? change.fromQueryMs() : change.fromChangeMs();
            samples.computeIfAbsent(kind, k -> new ArrayList<>()).add(ms);
            all.add(ms);
            if ((i + 1) % 10 == 0 || i + 1 == runs) {
                progress.accept(String.format("  %d of %d filter changes timed", i + 1, runs));
            }
        }
        List<FilterTiming> timings = new ArrayList<>();
        samples.forEach((kind, ms) -> timings.add(FilterTiming.of(kind.label(), toArray(ms))));
        timings.add(FilterTiming.of(UiBenchmarkReport.ALL_FILTERS, toArray(all)));
        return timings;
    }

    /** One change of {@code kind}, timed, then undone. */
    private FilterChange once(FilterKind kind) throws InterruptedException {
        int n = made.merge(kind, 1, Integer::sum) - 1;
        FilterChange change = Fx.await(Fx.call(() -> probe.change(() -> kind.change(probe.root(), n))),
                CHANGE_TIMEOUT_SECONDS, "the dashboard did not show the result of a " + kind.label() + " change");
        Fx.await(Fx.call(() -> probe.change(() -> kind.reset(probe.root()))), CHANGE_TIMEOUT_SECONDS,
                "the dashboard did not show the whole workspace again after a " + kind.label() + " change");
        return change;
    }

    private static double[] toArray(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
