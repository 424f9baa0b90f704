package com.scoutdesk.cli;

/** One tier's counts during an enrichment pass, as its progress line says them; guarded by its owner. */
final class TierProgress {

    private final int number;
    private final String title;
    private int total;
    private int done;
    private int skipped;
    private int failed;
    private int deferred;
    private boolean offline;
    private boolean reported;

    TierProgress(int number, String title, int total) {
        this.number = number;
        this.title = title;
        this.total = total;
    }

    int number() {
        return number;
    }

    int total() {
        return total;
    }

    /** Runs this pass has committed an outcome for, whatever it was. */
    int processed() {
        return done + skipped + failed + deferred;
    }

    /**
     * Counts one committed outcome ({@code done}, {@code skipped}, {@code failed}, {@code deferred},
     * {@code not applicable} (counted as skipped) or {@code not on plan} (counted as deferred)).
     *
     * @param unreachable whether the tier's source was unreachable when it came: a deferral then means offline
     */
    void count(String outcome, boolean unreachable) {
        switch (outcome) {
            case "done" -> {
                done++;
                offline = false;
            }
            case "skipped", "not applicable" -> skipped++;
            case "deferred", "not on plan" -> {
                deferred++;
                offline = unreachable;
            }
            default -> failed++;
        }
        // A run that fell due during the pass is worked off too; the total grows rather than being overtaken.
        total = Math.max(total, processed());
    }

    /** Shown on the live line: has runs and has not been reported as finished. */
    boolean active() {
        return !reported && total > 0;
    }

    boolean finished() {
        return total > 0 && processed() >= total;
    }

    /** Marks the tier's final line as printed; true the first time only. */
    boolean report() {
        boolean first = !reported;
        reported = true;
        return first;
    }

    /** "Tier 0 (ISRC recovery): 120 of 400 runs, 3 failed, 2 deferred, offline". */
    String line() {
        return "Tier " + number + " (" + title + "): " + processed() + " of " + total + " runs" + counts();
    }

    /** "Tier 0: 120/400, 3 failed, 2 deferred": for a live line that shows the tiers of several lanes side by side. */
    String shortLine() {
        return "Tier " + number + ": " + processed() + "/" + total + counts();
    }

    private String counts() {
        return ", " + failed + " failed, " + deferred + " deferred" + (offline ? ", offline" : "");
    }
}
