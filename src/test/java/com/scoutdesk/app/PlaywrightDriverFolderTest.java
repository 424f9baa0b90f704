package com.scoutdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlaywrightDriverFolderTest {

    @TempDir
    Path tmp;

    private static final String ROOT = "scoutdesk-playwright-" + System.getProperty("user.name");

    @Test
    void whatADeadProcessLeftIsRemovedAndARunningOnesFolderIsKept() throws Exception {
        Process running = new ProcessBuilder("sleep", "30").start();
        try {
            Path dead = tmp.resolve(ROOT + "/999999999/playwright-java-4242/node");
            Path live = tmp.resolve(ROOT + "/" + running.pid() + "/playwright-java-77/node");
            for (Path p : new Path[] {dead, live}) {
                Files.createDirectories(p.getParent());
                Files.write(p, new byte[1024 * 1024]); // the driver a SIGKILLed enrich left behind
            }

            Path mine = PlaywrightDriverFolder.prepare(tmp);

            assertThat(mine).isEqualTo(tmp.resolve(ROOT + "/" + ProcessHandle.current().pid()))
                    .isDirectory();
            assertThat(tmp.resolve(ROOT + "/999999999")).doesNotExist();
            assertThat(live).as("another ScoutDesk still running uses it").exists();
        } finally {
            running.destroyForcibly();
        }
    }
}
