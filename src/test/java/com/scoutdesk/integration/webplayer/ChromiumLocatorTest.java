package com.scoutdesk.integration.webplayer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where an installed browser is looked for before Playwright would download its own. */
class ChromiumLocatorTest {

    @Test
    void looksInEachOperatingSystemsUsualPlaces() {
        assertThat(ChromiumLocator.candidates("linux", Map.of())).contains(Path.of("/usr/bin/chromium"),
                Path.of("/usr/bin/google-chrome"), Path.of("/snap/bin/chromium"));
        assertThat(ChromiumLocator.candidates("mac os x", Map.of()))
                .contains(Path.of("/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"));
        assertThat(ChromiumLocator.candidates("windows 11", Map.of("PROGRAMFILES", "C:\\Program Files")))
                .contains(Path.of("C:\\Program Files", "Google", "Chrome", "Application", "chrome.exe"));
    }

    @Test
    void findsTheChromiumThisMachineHas() {
        assertThat(ChromiumLocator.find("Linux", Map.of())).contains(Path.of("/usr/bin/chromium"));
        assertThat(ChromiumLocator.find("Windows 11", Map.of())).isEmpty();
    }
}
