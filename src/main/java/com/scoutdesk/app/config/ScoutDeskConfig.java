package com.scoutdesk.app.config;

import com.scoutdesk.persistence.JdbcUrls;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The effective configuration: defaults, then scoutdesk.properties, then SCOUTDESK_* environment variables. */
public final class ScoutDeskConfig {

    private final Map<ConfigKey, String> values;
    private final List<ConfigProblem> problems;

    ScoutDeskConfig(Map<ConfigKey, String> values, List<ConfigProblem> problems) {
        this.values = new EnumMap<>(values);
        this.problems = List.copyOf(problems);
    }

    public static ScoutDeskConfig defaults() {
        return new ScoutDeskConfig(new EnumMap<>(ConfigKey.class), List.of());
    }

    /** The value, or the key's default; never null. */
    public String get(ConfigKey key) {
        return values.getOrDefault(key, key.defaultValue());
    }

    /** A day-of-week key's value; the loader has already checked it. */
    public DayOfWeek day(ConfigKey key) {
        return DayOfWeek.valueOf(get(key).toUpperCase(Locale.ROOT));
    }

    /** A time key's value (HH:MM); the loader has already checked it. */
    public LocalTime time(ConfigKey key) {
        return LocalTime.parse(get(key));
    }

    /** A count key's value; the loader has already checked it. */
    public int count(ConfigKey key) {
        return Integer.parseInt(get(key));
    }

    /** An amount key's value (such as a number of streams); the loader has already checked it. */
    public long amount(ConfigKey key) {
        return Long.parseLong(get(key));
    }

    public boolean isSet(ConfigKey key) {
        return !get(key).isEmpty();
    }

    /** The values of the secret keys that are set, for the log's safety net; never to be shown. */
    public List<String> secretValues() {
        return java.util.Arrays.stream(ConfigKey.values()).filter(k -> k.isSecret() && isSet(k)).map(this::get)
                .toList();
    }

    public List<ConfigProblem> problems() {
        return problems;
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(p -> p.severity() == ConfigProblem.Severity.ERROR);
    }

    /** Key = value lines with secrets masked, for the log and the Settings view. */
    public String describe() {
        return java.util.Arrays.stream(ConfigKey.values())
                .map(k -> k.name() + " = " + (k.isSecret() && isSet(k) ? "****"
                        : k == ConfigKey.DB_URL ? JdbcUrls.redact(get(k)) : get(k)))
                .collect(Collectors.joining(System.lineSeparator()));
    }

    @Override
    public String toString() {
        return "ScoutDeskConfig[" + describe().replace(System.lineSeparator(), ", ") + "]";
    }
}
