package com.scoutdesk.persistence;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive OS file lock on a workspace folder, held for as long as a window or command has it open. The OS
 * releases it when the process dies, even on SIGKILL, so a crash never leaves a stale lock behind.
 */
public final class WorkspaceLock implements AutoCloseable {

    private static final String LOCK_FILE = ".scoutdesk.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private WorkspaceLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * @throws WorkspaceInUseException when another ScoutDesk process (or this one) holds the workspace
     */
    public static WorkspaceLock acquire(Path workspaceDir) throws IOException {
        Files.createDirectories(workspaceDir);
        Path file = workspaceDir.resolve(LOCK_FILE);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new WorkspaceInUseException(workspaceDir);
        }
        return new WorkspaceLock(channel, lock);
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
