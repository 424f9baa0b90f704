package com.scoutdesk.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.scoutdesk.app.config.ConfigProblem.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ConfigLoaderTest {

    private static final String SECRET = "s3cr3t-value-123";

    @TempDir
    Path dir;

    @Test
    void everyKeyFromTheIssueExists() {
        assertThat(Arrays.stream(ConfigKey.values()).map(Enum::name)).contains(
                "SPOTIFY_API_URL", "SPOTIFY_ACCOUNTS_URL", "SPOTIFY_WEB_URL", "MLC_URL", "MUSICBRAINZ_URL",
                "CHARTMETRIC_URL", "YOUTUBE_URL", "LLM_URL", "LLM_MODEL", "CHROMIUM_PATH", "SPOTIFY_CLIENT_ID",
                "SPOTIFY_CLIENT_SECRET");
    }

    @Test
    void defaultsWhenThereIsNoFileAndNoEnvironment() {
        ScoutDeskConfig config = ConfigLoader.load(dir, Map.of());

        assertThat(config.problems()).isEmpty();
        assertThat(config.hasErrors()).isFalse();
        assertThat(config.get(ConfigKey.SPOTIFY_API_URL)).isEqualTo("https://api.spotify.com");
        assertThat(config.get(ConfigKey.MUSICBRAINZ_URL)).isEqualTo("https://musicbrainz.org");
        assertThat(config.get(ConfigKey.LOG_LEVEL)).isEqualTo("INFO");
        assertThat(config.get(ConfigKey.SPOTIFY_CLIENT_SECRET)).isEmpty();
        assertThat(config.isSet(ConfigKey.DB_URL)).isFalse();
        for (ConfigKey key : ConfigKey.values()) {
            assertThat(config.get(key)).as(key.name()).isEqualTo(key.defaultValue());
        }
    }

    @Test
    void aContactThatIsNotOneWarnsButNeverLocksTheScoutOutOfTheWorkspace() throws IOException {
        writeFile("MUSICBRAINZ_CONTACT=Ana from the label");

        ScoutDeskConfig config = ConfigLoader.load(dir, Map.of());

        assertThat(config.hasErrors()).isFalse();
        assertThat(config.problems()).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(ConfigProblem.Severity.WARNING);
            assertThat(p.toString()).contains("MUSICBRAINZ_CONTACT").contains("expected an e-mail address");
        });
        assertThat(config.get(ConfigKey.MUSICBRAINZ_CONTACT)).isEqualTo("Ana from the label");
    }

    @Test
    void readsValuesFromTheWorkspaceFile() throws IOException {
        writeFile("SPOTIFY_API_URL=http://127.0.0.1:8089", "SPOTIFY_CLIENT_ID = abc123", "LOG_LEVEL=debug");

        ScoutDeskConfig config = ConfigLoader.load(dir, Map.of());

        assertThat(config.problems()).isEmpty();
        assertThat(config.get(ConfigKey.SPOTIFY_API_URL)).isEqualTo("http://127.0.0.1:8089");
        assertThat(config.get(ConfigKey.SPOTIFY_CLIENT_ID)).isEqualTo("abc123");
        assertThat(config.get(ConfigKey.LOG_LEVEL)).isEqualTo("debug");
        assertThat(config.get(ConfigKey.MLC_URL)).isEqualTo(ConfigKey.MLC_URL.defaultValue());
    }

    @Test
    void environmentOverridesTheFile() throws IOException {
        writeFile("MLC_URL=http://127.0.0.1:1111", "YOUTUBE_URL=http://127.0.0.1:2222");

        ScoutDeskConfig config = ConfigLoader.load(dir, Map.of("SCOUTDESK_MLC_URL", "http://127.0.0.1:3333"));

        assertThat(config.get(ConfigKey.MLC_URL)).isEqualTo("http://127.0.0.1:3333");
        assertThat(config.get(ConfigKey.YOUTUBE_URL)).isEqualTo("http://127.0.0.1:2222");
    }

    @Test
    void keyLookupIsCaseInsensitiveAndAcceptsDottedNames() throws IOException {
        assertThat(ConfigKey.fromName("spotify.api.url")).contains(ConfigKey.SPOTIFY_API_URL);
        assertThat(ConfigKey.fromName("Spotify-Web-Url")).contains(ConfigKey.SPOTIFY_WEB_URL);
        assertThat(ConfigKey.fromName("log_level")).contains(ConfigKey.LOG_LEVEL);
        assertThat(ConfigKey.fromName("spotify.api")).isEmpty();

        writeFile("spotify.api.url=http://127.0.0.1:9000", "musicbrainz_url=http://127.0.0.1:9001");
        ScoutDeskConfig config = ConfigLoader.load(dir, Map.of("SCOUTDESK_chartmetric.url", "http://127.0.0.1:9002"));

        assertThat(config.problems()).isEmpty();
        assertThat(config.get(ConfigKey.SPOTIFY_API_URL)).isEqualTo("http://127.0.0.1:9000");
        assertThat(config.get(ConfigKey.MUSICBRAINZ_URL)).isEqualTo("http://127.0.0.1:9001");
        assertThat(config.get(ConfigKey.CHARTMETRIC_URL)).isEqualTo("http://127.0.0.1:9002");
    }

    @Test
    void unknownKeysAreWarningsNamingTheKeyButHomeIsNotReported() throws IOException {
        writeFile("SPOTIFY_API_ULR=http://127.0.0.1:1");
        Map<String, String> env = Map.of("SCOUTDESK_FOO", "bar", "SCOUTDESK_HOME", dir.toString(), "HOME", "/x");

        ScoutDeskConfig config = ConfigLoader.load(dir, env);

        assertThat(config.hasErrors()).isFalse();
        assertThat(config.problems()).hasSize(2).allMatch(p -> p.severity() == Severity.WARNING);
        assertThat(config.problems()).extracting(ConfigProblem::key)
                .containsExactlyInAnyOrder("SPOTIFY_API_ULR", "FOO");
        assertThat(config.problems()).extracting(ConfigProblem::toString)
                .anySatisfy(s -> assertThat(s).contains("SPOTIFY_API_ULR").contains(file().toString()))
                .anySatisfy(s -> assertThat(s).contains("FOO").contains("SCOUTDESK_FOO"))
                .noneMatch(s -> s.contains("SCOUTDESK_HOME"));
        assertThat(config.get(ConfigKey.SPOTIFY_API_URL)).isEqualTo(ConfigKey.SPOTIFY_API_URL.defaultValue());
    }

    @ParameterizedTest
    @CsvSource({
        "SPOTIFY_API_URL, htp:/nohost",
        "SPOTIFY_ACCOUNTS_URL, ftp://x",
        "MLC_URL, not a url",
        "LLM_URL, http://",
        "CHROMIUM_PATH, /no/such/dir/chromium",
        "DB_URL, postgres://host/db",
        "LOG_LEVEL, LOUD",
    })
    void badValueInTheFileIsAnErrorNamingKeyAndFile(String key, String value) throws IOException {
        writeFile(key + "=" + value);

        ScoutDeskConfig config = ConfigLoader.load(dir, Map.of());

        assertThat(config.hasErrors()).isTrue();
        ConfigProblem problem = onlyProblem(config);
        assertThat(problem.severity()).isEqualTo(Severity.ERROR);
        assertThat(problem.toString()).contains(key).contains(file().toString()).contains(value);
        assertThat(config.get(ConfigKey.valueOf(key))).isEqualTo(ConfigKey.valueOf(key).defaultValue());
    }

    @ParameterizedTest
    @CsvSource({
        "SPOTIFY_WEB_URL, htp:/nohost",
        "YOUTUBE_URL, ftp://x",
        "CHROMIUM_PATH, /no/such/chromium",
        "DB_URL, mysql://host/db",
        "LOG_LEVEL, verbose",
    })
    void badValueInTheEnvironmentIsAnErrorNamingKeyAndVariable(String key, String value) {
        ScoutDeskConfig config = ConfigLoader.load(dir, Map.of("SCOUTDESK_" + key, value));

        assertThat(config.hasErrors()).isTrue();
        ConfigProblem problem = onlyProblem(config);
        assertThat(problem.severity()).isEqualTo(Severity.ERROR);
        assertThat(problem.toString()).contains(key).contains("SCOUTDESK_" + key);
    }

    @Test
    void chromiumPathMustBeAnExistingFile() throws IOException {
        Path executable = Files.createFile(dir.resolve("chromium"));
        assertThat(executable.toFile().setExecutable(true)).isTrue();

        ScoutDeskConfig good = ConfigLoader.load(dir, Map.of("SCOUTDESK_CHROMIUM_PATH", executable.toString()));
        ScoutDeskConfig folder = ConfigLoader.load(dir, Map.of("SCOUTDESK_CHROMIUM_PATH", dir.toString()));

        assertThat(good.problems()).isEmpty();
        assertThat(good.get(ConfigKey.CHROMIUM_PATH)).isEqualTo(executable.toString());
        assertThat(folder.hasErrors()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"SPOTIFY_CLIENT_SECRET", "DB_PASSWORD"})
    void secretsNeverAppearInDescribeOrToString(String key) throws IOException {
        writeFile(key + "=" + SECRET);

        ScoutDeskConfig config = ConfigLoader.load(dir, Map.of());

        assertThat(config.get(ConfigKey.valueOf(key))).isEqualTo(SECRET);
        assertThat(config.describe()).doesNotContain(SECRET).contains(key + " = ****");
        assertThat(config.toString()).doesNotContain(SECRET);
        assertThat(ConfigKey.valueOf(key).isSecret()).isTrue();
    }

    @Test
    void secretsNeverAppearInProblemsEvenWhenTheRestIsMalformed() throws IOException {
        writeFile("SPOTIFY_CLIENT_SECRET=" + SECRET + " \\u00zz", "DB_PASSWORD=" + SECRET);
        ScoutDeskConfig unreadable = ConfigLoader.load(dir, Map.of("SCOUTDESK_DB_PASSWORD", SECRET + "\n\t"));

        writeFile("SPOTIFY_CLIENT_SECRET = " + SECRET + "   ", "DB_PASSWORD=", "SPOTIFY_CLIENT_SECRETT=" + SECRET);
        Map<String, String> env = Map.of("SCOUTDESK_DB_PASSWORD", "\u0000" + SECRET,
                "SCOUTDESK_SPOTIFY_CLIENT_SECRET", "%%" + SECRET + "%%", "SCOUTDESK_DB_PASSWRD", SECRET);
        ScoutDeskConfig odd = ConfigLoader.load(dir, env);

        assertThat(unreadable.problems()).isNotEmpty();
        assertThat(odd.problems()).isNotEmpty();
        for (ScoutDeskConfig config : List.of(unreadable, odd)) {
            assertThat(config.describe()).doesNotContain(SECRET);
            assertThat(config.toString()).doesNotContain(SECRET);
            assertThat(config.problems()).extracting(ConfigProblem::toString).noneMatch(s -> s.contains(SECRET));
            assertThat(config.problems()).extracting(ConfigProblem::message).noneMatch(s -> s.contains(SECRET));
        }
    }

    @Test
    void hasErrorsIsFalseForWarningsOnlyAndTrueOnceAnErrorIsPresent() throws IOException {
        writeFile("TYPO_KEY=1");
        assertThat(ConfigLoader.load(dir, Map.of()).hasErrors()).isFalse();

        writeFile("TYPO_KEY=1", "DB_URL=jdbc:mysql://x");
        ScoutDeskConfig config = ConfigLoader.load(dir, Map.of());

        assertThat(config.hasErrors()).isTrue();
        assertThat(config.problems()).extracting(ConfigProblem::severity)
                .containsExactlyInAnyOrder(Severity.WARNING, Severity.ERROR);
        assertThat(ScoutDeskConfig.defaults().hasErrors()).isFalse();
    }

    private static ConfigProblem onlyProblem(ScoutDeskConfig config) {
        assertThat(config.problems()).hasSize(1);
        return config.problems().get(0);
    }

    private Path file() {
        return dir.resolve(ConfigLoader.FILE_NAME);
    }

    private void writeFile(String... lines) throws IOException {
        Files.write(file(), List.of(lines));
    }
}
