package com.scoutdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Bad options and failures answer with one or two plain lines: what was wrong and what to do, no class names. */
class CommandLineMessagesTest {

    private static void assertPlain(CliHarness.Result r, int exitCode) {
        assertThat(r.exitCode()).as(r.err()).isEqualTo(exitCode);
        assertThat(r.err()).startsWith("scoutdesk: ").doesNotContain("Exception").doesNotContain("java.")
                .doesNotContain("\tat ");
        assertThat(r.err().lines().count()).as(r.err()).isBetween(1L, 2L);
    }

    @Test
    void aWeekThatIsNotADateSaysWhichFormIsExpected() {
        CliHarness.Result r = CliHarness.run(CliHarness.noWorkspace(), "tracks", "--week", "notadate");
        assertPlain(r, 2);
        assertThat(r.err()).contains("'notadate' is not a date").contains("YYYY-MM-DD");
    }

    @Test
    void aLimitBelowOneIsRefused() {
        for (String limit : List.of("-5", "0")) {
            CliHarness.Result r = CliHarness.run(CliHarness.noWorkspace(), "tracks", "--limit", limit);
            assertPlain(r, 2);
            assertThat(r.err()).contains("--limit must be 1 or more");
        }
    }

    @Test
    void aColumnGivenTwiceIsRefused() {
        CliHarness.Result r = CliHarness.run(CliHarness.noWorkspace(), "export", "--columns", "score,track,score",
                "--out", "leads.csv");
        assertPlain(r, 2);
        assertThat(r.err()).contains("--columns names 'score' twice");
    }

    @Test
    void twoDifferentWorkspacesAreRefusedAndTheSameOneTwiceIsFine() {
        CliHarness.Result r = CliHarness.run(CliHarness.noWorkspace(), "--workspace", "/tmp/a", "stats",
                "--workspace", "/tmp/b");
        assertPlain(r, 2);
        assertThat(r.err()).contains("--workspace is given twice");

        AtomicReference<Optional<Path>> opened = new AtomicReference<>();
        CliHarness.run(ws -> {
            opened.set(ws);
            throw new IllegalStateException("stop here");
        }, "--workspace", "/tmp/a", "stats", "--workspace", "/tmp/./a");
        assertThat(opened.get()).contains(Path.of("/tmp/./a"));
    }

    @Test
    void aWrongPlaylistLinkIsRefusedBeforeTheWorkspaceOpens() {
        CliHarness.Result r = CliHarness.run(CliHarness.noWorkspace(), "playlists", "add",
                "https://open.spotify.com/track/6rqhFgbbKwnb9MLmUQDhG6");
        assertPlain(r, 2);
        assertThat(r.err()).contains("playlist");
    }

    @Test
    void anUnexpectedProblemIsOnePlainLineNamingTheLogFile() {
        Path location = Path.of("/tmp/scoutdesk-ws");
        OpenedWorkspace failing = (OpenedWorkspace) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {OpenedWorkspace.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "location" -> location;
                    case "logFile" -> location.resolve("logs").resolve("scoutdesk.log");
                    case "warnings" -> List.of();
                    case "close" -> null;
                    default -> throw new UncheckedIOException(new IOException("No space left on device"));
                });

        CliHarness.Result r = CliHarness.run(ws -> failing, "stats");

        assertPlain(r, 1);
        assertThat(r.err()).isEqualTo("scoutdesk: ScoutDesk hit an unexpected problem: No space left on device. "
                + "The log file " + location.resolve("logs").resolve("scoutdesk.log") + " has the details."
                + System.lineSeparator());
    }

    @Test
    void anUnexpectedProblemBeforeTheWorkspaceOpensIsPlainToo() {
        CliHarness.Result r = CliHarness.run(ws -> {
            throw new UncheckedIOException(new IOException("Read-only file system"));
        }, "stats");
        assertPlain(r, 1);
        assertThat(r.err()).contains("ScoutDesk hit an unexpected problem: Read-only file system.");
    }
}
