package com.scoutdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * After the full registry run of {@link RegistryTiersEndToEndTest}, through the real entry point in child JVMs with
 * the log at DEBUG, and a CSV export: no secret and no token (the ones the scout configured and the ones the fakes
 * issued, each a fresh random string) is anywhere in the workspace folder (the log and the H2 database file included,
 * searched as bytes in UTF-8 and UTF-16), in the exported CSV or in anything the commands printed.
 */
class SecretsStayOutTest {

    private static final List<Charset> ENCODINGS = List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE,
            StandardCharsets.UTF_16BE);

    @TempDir
    Path dir;
    RegistryFakes fakes;

    @AfterEach
    void stop() {
        if (fakes != null) {
            fakes.close();
        }
    }

    @Test
    void noSecretOrTokenIsInTheWorkspaceTheLogTheDatabaseTheExportOrTheOutput() throws Exception {
        fakes = new RegistryFakes();
        Path credentials = dir.resolve("home/credentials.properties");
        Map<String, String> env = new HashMap<>(fakes.env(credentials));
        env.put("SCOUTDESK_LOG_LEVEL", "DEBUG");
        OneTrackWorkspace ws = new OneTrackWorkspace(dir.resolve("workspace"), env, true);
        ws.seed();
        for (String provider : List.of("spotify", "mlc")) {
            String[] set = ws.run(fakes.credentialInput(provider), "credentials", "set", provider);
            assertThat(set[0]).as(set[1] + set[2]).isEqualTo("0");
        }
        assertThat(ws.ok("enrich")).as("the secrets were used: every tier answered")
                .contains("Enrichment: 7 done, 0 skipped (complete already), 0 failed, 0 deferred.");
        ws.ok("track", RegistryFakes.TRACK);
        ws.ok("score", "--explain", RegistryFakes.TRACK);
        ws.ok("credentials", "list");
        ws.ok("queue");
        Path export = dir.resolve("leads.csv");
        assertThat(ws.ok("export", "--out", export.toString())).isNotBlank();
        assertThat(export).isNotEmptyFile();
        String tracks = ws.ok("tracks", "--format", "csv");
        assertThat(tracks).contains(RegistryFakes.ISRC);

        List<Path> searched = files(ws.workspace);
        searched.add(export);
        Path log = ws.workspace.resolve("logs/scoutdesk.log");
        assertThat(searched).as("the log, the database and its backups are searched").contains(log,
                ws.workspace.resolve("scoutdesk.mv.db")).anyMatch(p -> p.toString().endsWith(".zip"));
        assertThat(Files.readString(log)).as("the log is at DEBUG and names the providers' calls")
                .contains("DEBUG").contains("Credentials are kept in the file");
        // The search can see what it looks for: enriched values are in the database file as plain UTF-8.
        assertThat(contains(Files.readAllBytes(ws.workspace.resolve("scoutdesk.mv.db")), "Energetic, Happy",
                StandardCharsets.UTF_8)).isTrue();
        assertThat(Files.readString(credentials)).as("the store holds the secrets set through it, outside the "
                + "workspace").contains(fakes.spotifySecret, fakes.mlcPassword);

        List<String> leaks = new ArrayList<>();
        for (Map.Entry<String, String> secret : fakes.secrets().entrySet()) {
            if (ws.printed.indexOf(secret.getValue()) >= 0) {
                leaks.add(secret.getKey() + " in the output");
            }
            for (Path file : searched) {
                for (Map.Entry<String, byte[]> content : contents(file).entrySet()) {
                    for (Charset encoding : ENCODINGS) {
                        if (contains(content.getValue(), secret.getValue(), encoding)) {
                            leaks.add(secret.getKey() + " in " + content.getKey() + " (" + encoding + ")");
                        }
                    }
                }
            }
        }
        assertThat(leaks).as("searched " + searched).isEmpty();
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return new ArrayList<>(all.filter(Files::isRegularFile).toList());
        }
    }

    /** The file's bytes; for a zip (the workspace's backups), each entry's uncompressed bytes as well. */
    private static Map<String, byte[]> contents(Path file) throws IOException {
        Map<String, byte[]> contents = new HashMap<>();
        contents.put(file.toString(), Files.readAllBytes(file));
        if (file.getFileName().toString().endsWith(".zip")) {
            try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
                for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                    contents.put(file + "!" + entry.getName(), zip.readAllBytes());
                }
            }
        }
        return contents;
    }

    static boolean contains(byte[] haystack, String text, Charset encoding) {
        byte[] needle = text.getBytes(encoding);
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
