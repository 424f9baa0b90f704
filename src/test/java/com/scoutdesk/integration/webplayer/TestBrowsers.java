package com.scoutdesk.integration.webplayer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Test settings for real Chromium, and helpers that find the processes a browser started. */
public final class TestBrowsers {

    /** Debian's Chromium; Playwright cannot download its own browser here. Override with -Dscoutdesk.chromium. */
    public static final Path CHROMIUM = Path.of(System.getProperty("scoutdesk.chromium", "/usr/bin/chromium"));

    private TestBrowsers() {
    }

    /** Two pages, 45 s per page, and a short stall so that truncated lists end quickly. */
    public static WebPlayerConfig config(String baseUrl) {
        // Fail, not skip: a green run must mean the browser tests ran.
        if (!Files.isExecutable(CHROMIUM)) {
            throw new IllegalStateException("The web-player tests need Chromium at " + CHROMIUM + ": install it "
                    + "(apt-get install chromium; bash .ci/run does) or point -Dscoutdesk.chromium at one.");
        }
        return new WebPlayerConfig(baseUrl, CHROMIUM, 2, Duration.ofSeconds(45), Duration.ofMillis(1500), true);
    }

    /** Process ids of everything this JVM started that is still running. */
    static Set<Long> descendants() {
        return ProcessHandle.current().descendants().map(ProcessHandle::pid).collect(Collectors.toSet());
    }

    /** The live processes started since {@code before}: the Playwright driver and its Chromium. */
    static List<ProcessHandle> startedSince(Set<Long> before) {
        return ProcessHandle.current().descendants().filter(p -> !before.contains(p.pid())).toList();
    }

    static List<ProcessHandle> chromiumStartedSince(Set<Long> before) {
        return startedSince(before).stream()
                .filter(p -> p.info().command().map(c -> c.contains("chrom")).orElse(false)).toList();
    }

    /** SIGKILLs every Chromium process started since {@code before}, as a crash or the OOM killer would. */
    static int killChromiumStartedSince(Set<Long> before) {
        List<ProcessHandle> chromium = chromiumStartedSince(before);
        chromium.forEach(ProcessHandle::destroyForcibly);
        return chromium.size();
    }
}
