package com.scoutdesk.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.scoutdesk.testing.ScoutDeskProcess;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 90, unit = TimeUnit.SECONDS)
class WorkspaceLockTest {

    @TempDir
    Path dir;

    private Process child;

    @AfterEach
    void killChild() throws InterruptedException {
        if (child != null && child.isAlive()) {
            child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void acquireCreatesTheFolderAndCloseReleases() throws IOException {
        Path workspace = dir.resolve("new").resolve("workspace");

        try (WorkspaceLock lock = WorkspaceLock.acquire(workspace)) {
            assertThat(lock).isNotNull();
            assertThat(workspace).isDirectory();
        }
        try (WorkspaceLock again = WorkspaceLock.acquire(workspace)) {
            assertThat(again).isNotNull();
        }
    }

    @Test
    void secondAcquireWhileHeldSaysWhereAndWhatToDo() throws IOException {
        try (WorkspaceLock lock = WorkspaceLock.acquire(dir)) {
            assertThatThrownBy(() -> WorkspaceLock.acquire(dir))
                    .isInstanceOf(WorkspaceInUseException.class)
                    .isInstanceOf(WorkspaceException.class)
                    .hasMessageContaining(dir.toAbsolutePath().toString())
                    .hasMessageContaining("already open")
                    .hasMessageContaining("Close that one")
                    .hasMessageContaining("--workspace");
        }
        try (WorkspaceLock again = WorkspaceLock.acquire(dir)) {
            assertThat(again).isNotNull();
        }
    }

    @Test
    void theSameFolderReachedByAnotherPathIsInUseToo() throws IOException {
        Path real = Files.createDirectories(dir.resolve("real"));
        Path link = Files.createSymbolicLink(dir.resolve("link"), real);

        try (WorkspaceLock lock = WorkspaceLock.acquire(real)) {
            assertThatThrownBy(() -> WorkspaceLock.acquire(link)).isInstanceOf(WorkspaceInUseException.class);
            Path detour = Files.createDirectories(dir.resolve("other")).resolve("..").resolve("real");
            assertThatThrownBy(() -> WorkspaceLock.acquire(detour))
                    .isInstanceOf(WorkspaceInUseException.class);
        }
        try (WorkspaceLock again = WorkspaceLock.acquire(link)) {
            assertThat(again).isNotNull();
        }
    }

    @Test
    void anotherProcessHoldingTheLockBlocksUsUntilItIsKilled() throws Exception {
        child = startChild("hold");
        assertThat(firstLine(child)).isEqualTo("LOCKED");

        assertThatThrownBy(() -> WorkspaceLock.acquire(dir))
                .isInstanceOf(WorkspaceInUseException.class)
                .hasMessageContaining("already open");

        child.destroyForcibly();
        assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();
        try (WorkspaceLock lock = WorkspaceLock.acquire(dir)) {
            assertThat(lock).isNotNull();
        }
    }

    @Test
    void aRefusedSecondAcquireInThisProcessKeepsTheLockForOtherProcesses() throws Exception {
        try (WorkspaceLock lock = WorkspaceLock.acquire(dir)) {
            assertThatThrownBy(() -> WorkspaceLock.acquire(dir)).isInstanceOf(WorkspaceInUseException.class);

            child = startChild("probe");
            assertThat(firstLine(child)).isEqualTo("IN_USE");
        }
        child = startChild("probe");
        assertThat(firstLine(child)).isEqualTo("ACQUIRED");
    }

    private Process startChild(String mode) throws IOException {
        return ScoutDeskProcess.java(List.of(), LockHolderMain.class.getName(), mode, dir.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    private static String firstLine(Process process) throws Exception {
        var reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        return CompletableFuture.supplyAsync(() -> {
            try {
                return reader.readLine();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }).get(30, TimeUnit.SECONDS);
    }
}
