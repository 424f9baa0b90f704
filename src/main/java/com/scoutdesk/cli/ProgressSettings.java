package com.scoutdesk.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;

/**
 * How long commands show their progress on stderr: redrawn in place on a terminal, or as plain periodic lines when
 * stderr goes to a pipe, a file or cron's mail. The clock paces redraws and periodic lines and tells the time of
 * "rate-limited until"; tests give a fake one.
 *
 * @param terminal true for a live line redrawn with carriage returns, false for plain lines
 */
public record ProgressSettings(boolean terminal, Clock clock) {

    public ProgressSettings {
        Objects.requireNonNull(clock, "clock");
    }

    /**
     * A terminal when the JVM has a console (stdin and stdout are one), stderr is not sent elsewhere and the terminal
     * is not a dumb one; else plain lines. Local time.
     */
    public static ProgressSettings detect() {
        boolean terminal = System.console() != null && !"dumb".equals(System.getenv("TERM")) && stderrMayBeTerminal();
        return new ProgressSettings(terminal, Clock.systemDefaultZone());
    }

    /**
     * Java 17 cannot ask whether stderr is a terminal; where {@code /proc} says (Linux), a stderr sent to a file or a
     * pipe ({@code 2>>enrich.log}) must not get carriage returns. Elsewhere stderr is taken to follow stdout.
     */
    private static boolean stderrMayBeTerminal() {
        Path fd = Path.of("/proc/self/fd/2");
        try {
            String target = Files.readSymbolicLink(fd).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return true;
        }
    }

    /** Plain lines paced by {@code clock}: what a pipe or cron gets. */
    public static ProgressSettings plain(Clock clock) {
        return new ProgressSettings(false, clock);
    }
}
