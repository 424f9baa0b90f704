package com.scoutdesk.app.config;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Every configuration key ScoutDesk reads, with its default and how a value is checked. In
 * {@code scoutdesk.properties} a key is written as it is here; the environment overrides it as
 * {@code SCOUTDESK_<KEY>}.
 */
public enum ConfigKey {
    SPOTIFY_API_URL(Kind.URL, "https://api.spotify.com", "Spotify Web API base URL"),
    SPOTIFY_ACCOUNTS_URL(Kind.URL, "https://accounts.spotify.com", "Spotify accounts (token) service base URL"),
    SPOTIFY_WEB_URL(Kind.URL, "https://open.spotify.com", "Spotify web player base URL"),
    MLC_URL(Kind.URL, "https://public-api.themlc.com", "The MLC Public Search API base URL"),
    MUSICBRAINZ_URL(Kind.URL, "https://musicbrainz.org", "MusicBrainz web service base URL"),
    CHARTMETRIC_URL(Kind.URL, "https://api.chartmetric.com", "Chartmetric API base URL"),
    YOUTUBE_URL(Kind.URL, "https://www.googleapis.com", "YouTube Data API base URL"),
    LLM_URL(Kind.URL, "", "OpenAI-compatible language-model endpoint that writes outreach briefs (optional; e.g. "
            + "http://localhost:11434/v1 for Ollama); until one is set no track data leaves the laptop"),
    LLM_MODEL(Kind.TEXT, "llama3.2", "Model of LLM_URL that writes outreach briefs"),
    CHROMIUM_PATH(Kind.FILE, "", "Chromium executable for the web player; empty = an installed Chromium or Chrome, "
            + "else Playwright's own browser"),
    WEB_PLAYER_PAGES(Kind.COUNT, "2", "Web player pages open at once (each page costs the browser memory)"),
    SPOTIFY_CLIENT_ID(Kind.TEXT, "", "Spotify app client id (client-credentials flow)"),
    SPOTIFY_CLIENT_SECRET(Kind.SECRET, "", "Spotify app client secret"),
    SPOTIFY_REQUESTS_PER_30S(Kind.COUNT, "50", "Spotify Web API calls allowed per rolling 30 s (Spotify publishes "
            + "no number; lower it if you see rate limits)"),
    MLC_USERNAME(Kind.TEXT, "", "The MLC Public Search API user name (access is granted by The MLC)"),
    MLC_PASSWORD(Kind.SECRET, "", "The MLC Public Search API password"),
    MLC_REQUESTS_PER_SECOND(Kind.COUNT, "2", "The MLC calls allowed per second (The MLC publishes no number)"),
    MUSICBRAINZ_CONTACT(Kind.CONTACT, "https://github.com/scoutdesk/scoutdesk", "Contact (e-mail or URL) sent to "
            + "MusicBrainz in the User-Agent, as its rules ask"),
    CHARTMETRIC_REFRESH_TOKEN(Kind.SECRET, "", "Chartmetric API refresh token (Chartmetric > Account > API)"),
    CHARTMETRIC_REQUESTS_PER_SECOND(Kind.COUNT, "1", "Chartmetric calls allowed per second (entry plans: 1)"),
    YOUTUBE_API_KEY(Kind.SECRET, "", "YouTube Data API key (Google Cloud console > Credentials)"),
    YOUTUBE_DAILY_UNITS(Kind.COUNT, "10000", "YouTube Data API quota units a day (Google's default: 10000)"),
    LLM_API_KEY(Kind.SECRET, "", "API key of the language-model endpoint (optional)"),
    DB_URL(Kind.JDBC_URL, "", "JDBC URL of a PostgreSQL server to use instead of the embedded H2 workspace"),
    DB_USER(Kind.TEXT, "", "User for DB_URL"),
    DB_PASSWORD(Kind.SECRET, "", "Password for DB_URL"),
    LOG_LEVEL(Kind.LOG_LEVEL, "INFO", "Level of the rolling log file: ERROR, WARN, INFO, DEBUG or TRACE"),
    TRACKING_WEEK_START(Kind.DAY, "FRIDAY", "First day of a tracking week (00:00 UTC), when editorial lists turn over"),
    REFRESH_DAY(Kind.DAY, "FRIDAY", "Day of the in-app weekly refresh of every auto-fetch playlist"),
    REFRESH_TIME(Kind.TIME, "10:00", "Time (UTC, HH:MM) of the weekly refresh"),
    SNAPSHOT_REFRESH_MINUTES(Kind.COUNT, "120", "Minutes the weekly performance job waits for fresh play counts and "
            + "views before it writes the week's snapshot with what it has (the rest is marked stale)"),
    BAND_WATCH_STREAMS(Kind.AMOUNT, "100000", "Total streams from which a contact's hot-lead band is Watch"),
    BAND_ACTIVE_STREAMS(Kind.AMOUNT, "1000000", "Total streams over which a contact's hot-lead band is Active"),
    BAND_WATCH_GROWTH_PCT(Kind.COUNT, "20", "Average weekly stream growth (%) over which a contact is Watch"),
    BAND_ACTIVE_GROWTH_PCT(Kind.COUNT, "50", "Average weekly stream growth (%) over which a contact is Active"),
    BACKUP_KEEP(Kind.COUNT, "7", "Automatic backups kept in the workspace's backups folder (daily, before updates)"),
    ART_CACHE_MB(Kind.COUNT, "200", "Megabytes of album art and playlist covers kept in the workspace's art folder"),
    ALERT_VELOCITY_PCT(Kind.COUNT, "50", "Week-over-week growth of streams or views, in percent, at which the weekly "
            + "snapshot raises a velocity-spike alert");

    /** How a value is checked. */
    enum Kind { URL, FILE, TEXT, SECRET, JDBC_URL, LOG_LEVEL, DAY, TIME, COUNT, AMOUNT, CONTACT }

    private final Kind kind;
    private final String defaultValue;
    private final String description;

    ConfigKey(Kind kind, String defaultValue, String description) {
        this.kind = kind;
        this.defaultValue = defaultValue;
        this.description = description;
    }

    public String defaultValue() {
        return defaultValue;
    }

    public String description() {
        return description;
    }

    public String environmentName() {
        return "SCOUTDESK_" + name();
    }

    /** Secrets are never logged, printed, exported or shown. */
    public boolean isSecret() {
        return kind == Kind.SECRET;
    }

    /** Looks a key up by the name used in scoutdesk.properties (case-insensitive, '.' or '-' for '_'). */
    public static Optional<ConfigKey> fromName(String name) {
        String normal = name.strip().toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
        for (ConfigKey key : values()) {
            if (key.name().equals(normal)) {
                return Optional.of(key);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a bad value stops the workspace from opening. A contact that does not look like one does not: MusicBrainz
     * still answers, and a scout must never be locked out of a workspace over it; the Settings page refuses it.
     */
    boolean badValueIsAnError() {
        return kind != Kind.CONTACT;
    }

    /**
     * Why {@code value} is not acceptable for this key, or empty when it is. Empty values always pass. Public so that
     * the Settings page saves only what the next opening will accept.
     */
    public Optional<String> problemWith(String value) {
        if (value.isEmpty()) {
            return Optional.empty();
        }
        switch (kind) {
            case URL:
                return urlProblem(value);
            case FILE:
                return fileProblem(value);
            case CONTACT:
                // MusicBrainz asks for a way to reach the application's author: an e-mail address or a URL.
                return value.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || urlProblem(value).isEmpty()
                        ? Optional.empty()
                        : Optional.of("expected an e-mail address or an http(s) URL, such as scout@example.com");
            case JDBC_URL:
                return value.startsWith("jdbc:postgresql:") || value.startsWith("jdbc:h2:")
                        ? Optional.empty()
                        : Optional.of("expected a JDBC URL such as jdbc:postgresql://host:5432/scoutdesk");
            case DAY:
                return Arrays.stream(java.time.DayOfWeek.values()).anyMatch(d -> d.name().equalsIgnoreCase(value))
                        ? Optional.empty()
                        : Optional.of("expected a day of the week in English, such as FRIDAY");
            case COUNT:
                return value.matches("[1-9]\\d{0,5}") ? Optional.empty()
                        : Optional.of("expected a whole number from 1 to 999999");
            case AMOUNT:
                return value.matches("[1-9]\\d{0,11}") ? Optional.empty()
                        : Optional.of("expected a whole number from 1 to 999999999999, without separators");
            case TIME:
                return value.matches("([01]\\d|2[0-3]):[0-5]\\d") ? Optional.empty()
                        : Optional.of("expected a 24-hour time HH:MM, such as 10:00");
            case LOG_LEVEL:
                return value.toUpperCase(Locale.ROOT).matches("ERROR|WARN|INFO|DEBUG|TRACE")
                        ? Optional.empty()
                        : Optional.of("expected one of ERROR, WARN, INFO, DEBUG, TRACE");
            default:
                return Optional.empty();
        }
    }

    private static Optional<String> urlProblem(String value) {
        try {
            URI uri = URI.create(value);
            String scheme = uri.getScheme();
            if (scheme == null || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                return Optional.of("expected an http:// or https:// URL with a host, such as https://api.example.com");
            }
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of("not a URL (" + e.getMessage() + ")");
        }
    }

    private static Optional<String> fileProblem(String value) {
        try {
            Path path = Path.of(value);
            if (!Files.isRegularFile(path)) {
                return Optional.of("no such file; give the full path of the executable");
            }
            return Files.isExecutable(path) ? Optional.empty() : Optional.of("the file is not executable");
        } catch (InvalidPathException e) {
            return Optional.of("not a file path (" + e.getMessage() + ")");
        }
    }
}
