package com.scoutdesk.service;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * The Settings page's way to change the workspace's scoutdesk.properties: the file the command line, cron jobs and
 * the window all read when they open the workspace. A saved value therefore applies the next time the workspace
 * opens, the same way for every front end; the file keeps the scout's other lines and comments.
 */
public final class WorkspaceConfigService {

    /** The file's name in the workspace folder. */
    public static final String FILE_NAME = "scoutdesk.properties";

    private final Path folder;
    private final BiFunction<WorkspaceSetting, String, Optional<String>> rules;
    private final Map<WorkspaceSetting, String> inEffect;
    private final Supplier<Optional<Path>> chromium;

    /**
     * @param folder   the workspace folder
     * @param rules    why a value is not acceptable for a key (the configuration's own checks), empty when it is
     * @param inEffect the values the workspace was opened with (file, environment or default)
     * @param chromium finds an installed Chromium or Chrome, as the web player does when none is configured
     */
    public WorkspaceConfigService(Path folder, BiFunction<WorkspaceSetting, String, Optional<String>> rules,
                                  Map<WorkspaceSetting, String> inEffect, Supplier<Optional<Path>> chromium) {
        this.folder = Objects.requireNonNull(folder);
        this.rules = Objects.requireNonNull(rules);
        this.inEffect = inEffect.isEmpty() ? new EnumMap<>(WorkspaceSetting.class) : new EnumMap<>(inEffect);
        this.chromium = Objects.requireNonNull(chromium);
    }

    public Path folder() {
        return folder;
    }

    public Path file() {
        return folder.resolve(FILE_NAME);
    }

    /** Each setting as it will be when the workspace next opens: the file's value, else the one in effect now. */
    public Map<WorkspaceSetting, String> values() {
        Map<WorkspaceSetting, String> values = new EnumMap<>(WorkspaceSetting.class);
        Properties file = readFile();
        for (WorkspaceSetting setting : WorkspaceSetting.values()) {
            values.put(setting, inEffect.getOrDefault(setting, ""));
        }
        for (String name : file.stringPropertyNames()) {
            String normal = name.strip().toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
            for (WorkspaceSetting setting : WorkspaceSetting.values()) {
                if (setting.name().equals(normal)) {
                    values.put(setting, file.getProperty(name).strip());
                }
            }
        }
        return values;
    }

    /**
     * Checks and saves one value; an empty value removes the key, so its default applies.
     *
     * @throws InvalidInputException with a sentence for the scout when the value is not acceptable
     */
    public void save(WorkspaceSetting setting, String value) {
        String clean = value == null ? "" : value.strip();
        problem(setting, clean).ifPresent(problem -> {
            throw new InvalidInputException(setting.name(), "\"" + clean + "\" cannot be used for " + setting.name()
                    + ": " + problem + ". It was not saved.", null);
        });
        PropertiesFileWriter.set(file(), setting.name(), clean);
    }

    /** An installed Chromium or Chrome, or empty when none is found where browsers are usually installed. */
    public Optional<Path> detectChromium() {
        return chromium.get();
    }

    private Optional<String> problem(WorkspaceSetting setting, String value) {
        if (value.contains("\n") || value.contains("\r")) {
            return Optional.of("a value is one line");
        }
        Optional<String> rule = rules.apply(setting, value);
        if (rule.isPresent()) {
            return rule;
        }
        if (setting == WorkspaceSetting.WEB_PLAYER_PAGES && !value.isEmpty()
                && Integer.parseInt(value) > WorkspaceSetting.MAX_WEB_PLAYER_PAGES) {
            return Optional.of("expected 1 to " + WorkspaceSetting.MAX_WEB_PLAYER_PAGES + " pages");
        }
        return Optional.empty();
    }

    private Properties readFile() {
        Properties props = new Properties();
        Path file = file();
        if (Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                props.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (IllegalArgumentException e) {
                throw new UseCaseException(file + " cannot be read: " + e.getMessage(), e);
            }
        }
        return props;
    }
}
