package com.scoutdesk.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Changing one key of a scoutdesk.properties the scout also edits by hand. */
class PropertiesFileWriterTest {

    private static final String FILE = """
            # My ScoutDesk settings
            ! written by hand
            LOG_LEVEL = DEBUG

            web-player-pages: 3
            MUSICBRAINZ_CONTACT=https://example.com/\\
                scout
            ART_CACHE_MB=100
            """;

    @TempDir
    Path dir;

    private Path file() throws Exception {
        return Files.writeString(dir.resolve("scoutdesk.properties"), FILE);
    }

    private static Properties read(Path file) throws Exception {
        Properties props = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            props.load(in);
        }
        return props;
    }

    @Test
    void replacesTheKeyInPlaceKeepingEveryOtherLine() throws Exception {
        Path file = file();

        PropertiesFileWriter.set(file, "WEB_PLAYER_PAGES", "5");

        assertThat(Files.readString(file)).isEqualTo(FILE.replace("web-player-pages: 3", "WEB_PLAYER_PAGES=5"));
    }

    @Test
    void aValueOverSeveralLinesIsReplacedWhole() throws Exception {
        Path file = file();

        PropertiesFileWriter.set(file, "MUSICBRAINZ_CONTACT", "scout@example.com");

        assertThat(Files.readString(file)).contains("MUSICBRAINZ_CONTACT=scout@example.com\nART_CACHE_MB=100\n")
                .doesNotContain("    scout\n");
        assertThat(read(file).getProperty("LOG_LEVEL")).isEqualTo("DEBUG");
    }

    @Test
    void aNewKeyIsAppendedAndAnEmptyValueRemovesTheKey() throws Exception {
        Path file = file();

        PropertiesFileWriter.set(file, "REFRESH_TIME", "09:30");
        PropertiesFileWriter.set(file, "ART_CACHE_MB", "");

        assertThat(Files.readString(file)).startsWith("# My ScoutDesk settings\n! written by hand\n")
                .endsWith("REFRESH_TIME=09:30\n").doesNotContain("ART_CACHE_MB");
    }

    @Test
    void aWindowsPathReadsBackAsItWasGiven() throws Exception {
        Path file = dir.resolve("new/scoutdesk.properties");
        String path = "C:\\Program Files\\Chromium\\chrome.exe";

        PropertiesFileWriter.set(file, "CHROMIUM_PATH", path);

        assertThat(read(file).getProperty("CHROMIUM_PATH")).isEqualTo(path);
    }

    @Test
    void theFileIsReplacedByAMoveAndNoTemporaryFileIsLeft() throws Exception {
        Path file = file();
        Object before = Files.getAttribute(file, "unix:ino");

        PropertiesFileWriter.set(file, "LOG_LEVEL", "INFO");

        assertThat(Files.getAttribute(file, "unix:ino")).as("a new file moved over the old one, not written in place")
                .isNotEqualTo(before);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }
}
