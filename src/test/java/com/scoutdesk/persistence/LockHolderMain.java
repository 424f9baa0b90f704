package com.scoutdesk.persistence;

import java.nio.file.Path;

/**
 * Runs in a child JVM for {@link WorkspaceLockTest}. {@code hold DIR} takes the workspace lock, prints LOCKED and
 * waits until its standard input closes (so it also ends when the test JVM dies); {@code probe DIR} tries once and
 * prints ACQUIRED or IN_USE.
 */
public final class LockHolderMain {

    private LockHolderMain() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[1]);
        if (args[0].equals("probe")) {
            try (WorkspaceLock lock = WorkspaceLock.acquire(dir)) {
                System.out.println("ACQUIRED");
            } catch (WorkspaceInUseException e) {
                System.out.println("IN_USE");
            }
            return;
        }
        try (WorkspaceLock lock = WorkspaceLock.acquire(dir)) {
            System.out.println("LOCKED");
            System.out.flush();
            while (System.in.read() >= 0) {
                // hold the lock until the parent closes the pipe or kills this process
            }
        }
    }
}
