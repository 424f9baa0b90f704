package com.scoutdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlaywrightDriverFolderTest {

    @TempDir
    Path ws;

    private final String before = System.getProperty(PlaywrightDriverFolder.PROPERTY);

    @AfterEach
    void restore() {
        if (before == null) {
            System.clearProperty(PlaywrightDriverFolder.PROPERTY);
        } else {
            System.setProperty(PlaywrightDriverFolder.PROPERTY, before);
        }
    }

    @Test
    void whatAKilledRunLeftIsRemovedWhenTheWorkspaceOpensAndPlaywrightUnpacksThere() throws Exception {
        Path left = ws.resolve("cache/playwright/playwright-java-4242/node/linux/node");
        Files.createDirectories(left.getParent());
        Files.write(left, new byte[1024 * 1024]); // the driver a SIGKILLed enrich left behind

        Path folder = PlaywrightDriverFolder.prepare(ws);

        assertThat(folder).isEqualTo(ws.resolve("cache/playwright")).isEmptyDirectory();
        assertThat(System.getProperty(PlaywrightDriverFolder.PROPERTY)).isEqualTo(folder.toString());
    }
}
