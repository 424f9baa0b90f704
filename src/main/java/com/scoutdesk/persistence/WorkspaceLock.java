package com.scoutdesk.persistence;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An exclusive OS file lock on a workspace folder, held for as long as a window or command has it open. The OS
 * releases it when the process dies, even on SIGKILL, so a crash never leaves a stale lock behind.
 */
public final class WorkspaceLock implements AutoCloseable {

    private static final String LOCK_FILE = ".scoutdesk.lock";

    /**
     * Lock files this JVM holds. Checked before opening a second channel because POSIX releases ALL of a process's
     * locks on a file when ANY channel on it is closed: a refused second acquire would otherwise free the workspace
     * for other processes while the first holder still thinks it has it (see {@link FileLock}).
     */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private WorkspaceLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * @throws WorkspaceInUseException when another ScoutDesk process (or this one) holds the workspace
     */
    public static WorkspaceLock acquire(Path workspaceDir) throws IOException {
        Files.createDirectories(workspaceDir);
        Path file = workspaceDir.toRealPath().resolve(LOCK_FILE);
        if (!HELD.add(file)) {
            throw new WorkspaceInUseException(workspaceDir);
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                throw new WorkspaceInUseException(workspaceDir);
            }
            return new WorkspaceLock(file, channel, lock);
        } catch (IOException | RuntimeException e) {
            HELD.remove(file);
            if (channel != null) {
                channel.close();
            }
            throw e;
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            try {
                channel.close();
            } finally {
                HELD.remove(file);
            }
        }
    }
}
