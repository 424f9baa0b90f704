package com.scoutdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code playlists import FILE} through the real composition root: bad input gets a short message that says what to
 * do (never a parser's internals), and what Excel writes is accepted.
 */
class PlaylistImportCommandLineTest {

    private static final String PLAYLIST = "3cEYpjA9oz9GiPac4AsH4n";
    private static final String TRACK_A = "6rqhFgbbKwnb9MLmUQDhG6";
    private static final String TRACK_B = "11dFghVXANMlKmJXsNCbNl";

    @TempDir
    Path dir;

    /** Runs one command in this JVM; returns exit code, standard output and standard error. */
    private String[] run(String... args) {
        // no Spotify and no web player: an import needs neither
        return InProcessCommands.run(dir, Map.of("SCOUTDESK_SPOTIFY_WEB_URL", "http://127.0.0.1:9"), args);
    }

    private Path file(String name, byte[] content) throws Exception {
        Path f = dir.resolve(name);
        Files.write(f, content);
        return f;
    }

    private Path file(String name, String content) throws Exception {
        return file(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private String[] importFile(Path f, String... more) {
        String[] args = new String[4 + more.length];
        args[0] = "playlists";
        args[1] = "import";
        args[2] = "--playlist=" + PLAYLIST;
        args[3] = f.toString();
        System.arraycopy(more, 0, args, 4, more.length);
        return run(args);
    }

    private long tracks() {
        String[] list = run("tracks", "--format", "csv");
        return list[1].lines().count() - 1;
    }

    private static void assertShortMessage(String[] result, String... expected) {
        assertThat(result[0]).as(result[2]).isEqualTo("1");
        assertThat(result[2]).contains(expected).doesNotContain("unexpected error").doesNotContain("Exception");
        assertThat(result[2].strip().lines().filter(l -> l.startsWith("scoutdesk:") || l.startsWith("  ")).count())
                .as("one or two lines: " + result[2]).isBetween(1L, 3L);
    }

    @Test
    void anUnterminatedQuoteIsReportedWithItsLine() throws Exception {
        Path f = file("quote.csv", "track,name\n" + TRACK_A + ",Song\n" + TRACK_B + ",\"Unclosed\n");
        assertShortMessage(importFile(f), "line 3", "quote");
        assertThat(tracks()).isZero();
    }

    @Test
    void aFileThatIsNotUtf8IsReportedWithItsLineAndWhatToDo() throws Exception {
        byte[] latin1 = ("track,name\n" + TRACK_A + ",Song\n" + TRACK_B + ",Beyonc\u00e9\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        assertShortMessage(importFile(file("latin1.csv", latin1)), "line 3", "save it as UTF-8");
        assertThat(tracks()).isZero();
    }

    @Test
    void aMissingFileAFolderAndAnEmptyFileAreNamedAsSuch() throws Exception {
        assertShortMessage(importFile(dir.resolve("nowhere.csv")), "nowhere.csv", "no file");
        Path folder = Files.createDirectory(dir.resolve("exports"));
        assertShortMessage(importFile(folder), "exports", "is a folder");
        assertShortMessage(importFile(file("empty.csv", "")), "empty.csv", "is empty");
        assertShortMessage(importFile(file("blank.csv", "\n  \n")), "blank.csv", "is empty");
    }

    @Test
    void aUtf8FileWithAByteOrderMarkIsImported() throws Exception {
        String csv = "\uFEFFtrack,name,artists\n" + TRACK_A + ",Song,Mara Vell\n" + TRACK_B + ",Other,Kofi\n";
        String[] result = importFile(file("excel.csv", csv), "--complete");
        assertThat(result[0]).as(result[2]).isEqualTo("0");
        assertThat(result[1]).contains("Fetched 2 tracks");
        assertThat(tracks()).isEqualTo(2);
    }

    @Test
    void aRepeatedColumnIsRefusedWithItsName() throws Exception {
        Path f = file("twice.csv", "track,name,Track\n" + TRACK_A + ",Song," + TRACK_B + "\n");
        assertShortMessage(importFile(f), "line 1", "'track'", "twice");
        assertThat(tracks()).isZero();
    }

    @Test
    void pastedLinksWithoutAPlaylistAreRefusedNamingTheOption() throws Exception {
        Path f = file("links.txt", "https://open.spotify.com/track/" + TRACK_A + "\n");
        String[] result = run("playlists", "import", f.toString());
        assertShortMessage(result, "line 1", "playlist they belong to", "--playlist");
        assertThat(tracks()).isZero();
    }

    @Test
    void moreRowsThanTheLimitAreRefusedWithHowToRaiseIt() throws Exception {
        Path f = file("three.csv", "track\n" + TRACK_A + "\n" + TRACK_B + "\n4uLU6hMCjMI75M1A2tKUQC\n");
        assertShortMessage(importFile(f, "--max-rows", "2"), "more than 2 rows", "--max-rows");
        assertThat(tracks()).isZero();
        String[] raised = importFile(f, "--max-rows", "3");
        assertThat(raised[0]).as(raised[2]).isEqualTo("0");
        assertThat(tracks()).isEqualTo(3);
    }

    @Test
    void progressGoesToStandardErrorAndTheResultToStandardOutput() throws Exception {
        Path f = file("two.csv", "track\n" + TRACK_A + "\n" + TRACK_B + "\n");
        String[] result = importFile(f);
        assertThat(result[0]).as(result[2]).isEqualTo("0");
        assertThat(result[2]).contains("read 2 rows").contains("writing 2 of 2");
        assertThat(result[1]).contains("imported 2 tracks").doesNotContain("read 2 rows");
    }
}
