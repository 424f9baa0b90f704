package com.scoutdesk.app;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.scoutdesk.cli.ScoutDeskCommand;
import com.scoutdesk.integration.spotify.SpotifyFake;
import com.scoutdesk.testing.ScoutDeskProcess;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code scoutdesk credentials set|list|test|delete} through the real composition root, with a temporary workspace
 * and credentials file, against the Spotify fake: verdicts, sources, and no value in any output or log.
 */
class CredentialsCommandLineTest {

    private static final String OTHER_SECRET = "a-wrong-secret-that-must-not-leak-either";

    @TempDir
    Path dir;

    WireMockServer server;
    SpotifyFake spotify;
    Path workspace;
    Path credentialsFile;
    Map<String, String> env;
    /** Everything the commands printed, checked for values at the end of each test. */
    final StringBuilder printed = new StringBuilder();

    @BeforeEach
    void start() {
        server = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        spotify = new SpotifyFake(server, server.port());
        spotify.token();
        // Spotify's answer to any other id and secret (see registry-fixtures): 400 invalid_client.
        String right = "Basic " + Base64.getEncoder().encodeToString((SpotifyFake.CLIENT_ID + ":"
                + SpotifyFake.CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
        server.stubFor(post("/api/token").atPriority(1).withHeader("Authorization", WireMock.notMatching(
                java.util.regex.Pattern.quote(right))).willReturn(WireMock.aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":\"invalid_client\",\"error_description\":\"Invalid client secret\"}")));
        workspace = dir.resolve("workspace");
        credentialsFile = dir.resolve("home/.config/scoutdesk/credentials.properties");
        env = new HashMap<>(Map.of("SCOUTDESK_CREDENTIALS_FILE", credentialsFile.toString(),
                "SCOUTDESK_SPOTIFY_API_URL", spotify.baseUrl(), "SCOUTDESK_SPOTIFY_ACCOUNTS_URL", spotify.baseUrl()));
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private String[] run(List<String> input, String... args) {
        CommandLine cmd = InProcessCommands.commandLine(workspace, env);
        Deque<String> lines = new ArrayDeque<>(input);
        ((ScoutDeskCommand) cmd.getCommandSpec().userObject()).secretInput(prompt -> {
            String line = lines.poll();
            return line == null ? null : line.toCharArray();
        });
        String[] result = InProcessCommands.run(cmd, args);
        printed.append(result[1]).append(result[2]);
        return result;
    }

    private String[] run(String... args) {
        return run(List.of(), args);
    }

    @Test
    void setListTestAndDeleteSpotifyWithoutEverShowingTheSecret() throws Exception {
        String[] set = run(List.of(SpotifyFake.CLIENT_ID, SpotifyFake.CLIENT_SECRET), "credentials", "set",
                "spotify");
        assertThat(set[0]).as(set[2]).isEqualTo("0");
        assertThat(set[1]).contains("Saved the spotify credentials in the file " + credentialsFile
                + " (readable only by you).");
        assertThat(Files.readString(credentialsFile)).contains(SpotifyFake.CLIENT_SECRET);

        String[] list = run("credentials", "list");
        assertThat(list[0]).as(list[2]).isEqualTo("0");
        assertThat(list[1]).contains("Credentials are kept in the file " + credentialsFile)
                .containsPattern("spotify +SPOTIFY_CLIENT_ID +••••e1f0 +credentials file")
                .containsPattern("spotify +SPOTIFY_CLIENT_SECRET +•••• +credentials file")
                .containsPattern("mlc +MLC_PASSWORD +- +not set");

        String[] ok = run("credentials", "test", "spotify");
        assertThat(ok[0]).as(ok[1] + ok[2]).isEqualTo("0");
        assertThat(ok[1]).containsPattern("spotify +ok +Spotify accepted the client id and secret");

        String[] all = run("credentials", "test", "--all");
        assertThat(all[1]).containsPattern("spotify +ok").containsPattern("mlc +not configured")
                .containsPattern("youtube +not configured").containsPattern("llm +not configured");
        assertThat(all[0]).as("nothing configured is broken").isEqualTo("0");

        String[] deleted = run("credentials", "delete", "spotify");
        assertThat(deleted[1]).contains("Removed 2 spotify values from the file " + credentialsFile);
        assertThat(Files.readString(credentialsFile)).doesNotContain(SpotifyFake.CLIENT_SECRET);
        String[] notConfigured = run("credentials", "test", "spotify");
        assertThat(notConfigured[0]).isEqualTo("1");
        assertThat(notConfigured[1]).containsPattern("spotify +not configured +no client id and no client secret");
        assertThat(printed).doesNotContain(SpotifyFake.CLIENT_SECRET);
    }

    @Test
    void wrongCredentialsAndAClosedPortGetTheirOwnVerdicts() throws IOException {
        run(List.of(SpotifyFake.CLIENT_ID, OTHER_SECRET), "credentials", "set", "spotify");
        String[] bad = run("credentials", "test", "spotify");
        assertThat(bad[0]).isEqualTo("1");
        assertThat(bad[1]).containsPattern("spotify +bad credentials +.*client id and secret were not accepted");

        env.put("SCOUTDESK_SPOTIFY_ACCOUNTS_URL", "http://127.0.0.1:" + closedPort());
        String[] offline = run("credentials", "test", "spotify");
        assertThat(offline[0]).isEqualTo("1");
        assertThat(offline[1]).containsPattern("spotify +offline +");
        assertThat(printed).doesNotContain(OTHER_SECRET);
    }

    @Test
    void theEnvironmentWinsAndTheListSaysSo() throws IOException {
        run(List.of("yt-key-from-the-store"), "credentials", "set", "youtube");
        env.put("SCOUTDESK_YOUTUBE_API_KEY", "yt-key-from-the-environment");

        String[] list = run("credentials", "list");
        assertThat(list[1]).containsPattern("youtube +YOUTUBE_API_KEY +•••• +environment");
        String[] again = run(List.of("yt-key-2"), "credentials", "set", "youtube");
        assertThat(again[1]).contains("SCOUTDESK_YOUTUBE_API_KEY is set in the environment and wins");
        env.put("SCOUTDESK_YOUTUBE_URL", "http://127.0.0.1:" + closedPort());
        String[] test = run("credentials", "test", "youtube");
        assertThat(test[1]).containsPattern("youtube +offline +");
        assertThat(printed).doesNotContain("yt-key");
    }

    @Test
    void unknownProvidersAndAnEndedInputAreRefusedPlainly() {
        String[] unknown = run("credentials", "set", "deezer");
        assertThat(unknown[0]).isEqualTo("1");
        assertThat(unknown[2]).contains("There are no credentials for \"deezer\". Known providers: spotify, mlc, "
                + "chartmetric, youtube, llm.");
        String[] ended = run(List.of("only-the-user-name"), "credentials", "set", "mlc");
        assertThat(ended[0]).isEqualTo("1");
        assertThat(ended[2]).contains("The input ended before the password was given; nothing was saved.");
        assertThat(Files.exists(credentialsFile)).isFalse();
        String[] neither = run("credentials", "test");
        assertThat(neither[0]).isEqualTo("2");
        assertThat(neither[2]).contains("Name one provider (spotify, mlc, chartmetric, youtube, llm) or give --all.");
    }

    @Test
    void theRealEntryPointReadsValuesFromStandardInputAndLogsNoSecret() throws Exception {
        Path input = Files.writeString(dir.resolve("input.txt"), SpotifyFake.CLIENT_ID + "\n"
                + SpotifyFake.CLIENT_SECRET + "\n");
        String[] set = child(input, "credentials", "set", "spotify");
        assertThat(set[0]).as(set[2]).isEqualTo("0");
        assertThat(set[1]).contains("Saved the spotify credentials in the file");

        // Opening the workspace reads the store; its log (at DEBUG) names the store but holds no secret.
        String[] stats = child(null, "stats");
        assertThat(stats[0]).as(stats[2]).isEqualTo("0");
        String log = Files.readString(workspace.resolve("logs/scoutdesk.log"));
        assertThat(log).contains("Credentials are kept in the file").contains("SPOTIFY_CLIENT_SECRET = ****")
                .doesNotContain(SpotifyFake.CLIENT_SECRET);
        assertThat(set[1] + set[2] + stats[1] + stats[2])
                .doesNotContain(SpotifyFake.CLIENT_SECRET);
    }

    private String[] child(Path input, String... args) throws Exception {
        ProcessBuilder pb = ScoutDeskProcess.builder(workspace, args);
        pb.environment().putAll(env);
        pb.environment().put("SCOUTDESK_LOG_LEVEL", "DEBUG");
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        if (input != null) {
            pb.redirectInput(input.toFile());
        }
        Process p = pb.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("finished").isTrue();
        return new String[] {String.valueOf(p.exitValue()), Files.readString(out), Files.readString(err)};
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
