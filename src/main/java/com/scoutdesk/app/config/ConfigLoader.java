package com.scoutdesk.app.config;

import com.scoutdesk.credentials.CredentialKey;
import com.scoutdesk.credentials.CredentialStore;
import com.scoutdesk.credentials.CredentialStoreException;
import com.scoutdesk.credentials.CredentialStores;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * Reads scoutdesk.properties from the workspace, the credential store and the SCOUTDESK_* environment variables,
 * checking every value.
 */
public final class ConfigLoader {

    public static final String FILE_NAME = "scoutdesk.properties";

    /** Environment variables with the prefix that are not configuration keys but are read elsewhere. */
    private static final Set<String> OTHER_VARIABLES = Set.of("SCOUTDESK_HOME", CredentialStores.FILE_VARIABLE);

    private ConfigLoader() {
    }

    /** The configuration without the credential store: for work that needs no credentials (backups). */
    public static ScoutDeskConfig load(Path workspaceDir, Map<String, String> environment) {
        return load(workspaceDir, environment, null);
    }

    /**
     * The configuration with the credentials: environment over the credential store over scoutdesk.properties.
     *
     * @param store the user's credential store, or null to read none
     */
    public static ScoutDeskConfig load(Path workspaceDir, Map<String, String> environment, CredentialStore store) {
        Map<ConfigKey, String> values = new EnumMap<>(ConfigKey.class);
        List<ConfigProblem> problems = new ArrayList<>();
        Path file = workspaceDir.resolve(FILE_NAME);
        if (Files.isRegularFile(file)) {
            readFile(file, values, problems);
            SecretsInWorkspace.warn(file, values, problems);
        }
        if (store != null) {
            readStore(store, environment, values, problems);
        }
        readEnvironment(environment, values, problems);
        return new ScoutDeskConfig(values, problems);
    }

    /** The workspace file's credential values, for {@code credentials list} to say where each one comes from. */
    public static Map<CredentialKey, String> credentialsInFile(Path workspaceDir) {
        Map<ConfigKey, String> values = new EnumMap<>(ConfigKey.class);
        Path file = workspaceDir.resolve(FILE_NAME);
        if (Files.isRegularFile(file)) {
            readFile(file, values, new ArrayList<>());
        }
        Map<CredentialKey, String> found = new EnumMap<>(CredentialKey.class);
        for (CredentialKey key : CredentialKey.values()) {
            String value = values.get(ConfigKey.valueOf(key.name()));
            if (value != null && !value.isEmpty()) {
                found.put(key, value);
            }
        }
        return found;
    }

    private static void readStore(CredentialStore store, Map<String, String> env, Map<ConfigKey, String> values,
                                  List<ConfigProblem> problems) {
        for (CredentialKey key : CredentialKey.values()) {
            String fromEnvironment = env.get(key.environmentName());
            if (fromEnvironment != null && !fromEnvironment.isBlank()) {
                continue; // the environment wins; no need to ask (and maybe unlock) the keyring
            }
            try {
                store.get(key).ifPresent(v -> accept(ConfigKey.valueOf(key.name()), v, store.description(), values,
                        problems));
            } catch (CredentialStoreException e) {
                problems.add(new ConfigProblem(ConfigProblem.Severity.WARNING, store.description(), key.name(),
                        e.getMessage()));
                return; // one answer is enough: the next key would fail, or wait, the same way
            }
        }
    }

    private static void readFile(Path file, Map<ConfigKey, String> values, List<ConfigProblem> problems) {
        Properties props = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            props.load(in);
        } catch (IOException | IllegalArgumentException e) {
            problems.add(new ConfigProblem(ConfigProblem.Severity.ERROR, file.toString(), "(file)",
                    "cannot be read: " + e.getMessage() + ". Fix the file or move it away."));
            return;
        }
        for (String name : props.stringPropertyNames()) {
            String value = props.getProperty(name).strip();
            ConfigKey.fromName(name).ifPresentOrElse(
                    key -> accept(key, value, file.toString(), values, problems),
                    () -> problems.add(new ConfigProblem(ConfigProblem.Severity.WARNING, file.toString(), name,
                            "unknown key, ignored. Known keys: " + knownKeys())));
        }
    }

    private static void readEnvironment(Map<String, String> env, Map<ConfigKey, String> values,
                                        List<ConfigProblem> problems) {
        for (var entry : env.entrySet()) {
            String name = entry.getKey();
            if (!name.startsWith("SCOUTDESK_") || OTHER_VARIABLES.contains(name)) {
                continue;
            }
            String keyName = name.substring("SCOUTDESK_".length());
            String source = "environment variable " + name;
            ConfigKey.fromName(keyName).ifPresentOrElse(
                    key -> accept(key, entry.getValue().strip(), source, values, problems),
                    () -> problems.add(new ConfigProblem(ConfigProblem.Severity.WARNING, source, keyName,
                            "unknown key, ignored. Known keys: " + knownKeys())));
        }
    }

    private static void accept(ConfigKey key, String value, String source, Map<ConfigKey, String> values,
                               List<ConfigProblem> problems) {
        var problem = key.problemWith(value);
        if (problem.isPresent() && !key.badValueIsAnError()) {
            problems.add(new ConfigProblem(ConfigProblem.Severity.WARNING, source, key.name(),
                    "\"" + value + "\" is used, but " + problem.get() + "."));
            values.put(key, value);
        } else if (problem.isPresent()) {
            String shown = key.isSecret() ? "(hidden)" : "\"" + value + "\"";
            problems.add(new ConfigProblem(ConfigProblem.Severity.ERROR, source, key.name(),
                    shown + " is not valid: " + problem.get() + "."));
        } else {
            values.put(key, value);
        }
    }

    private static String knownKeys() {
        return String.join(", ", java.util.Arrays.stream(ConfigKey.values()).map(Enum::name).toList());
    }
}
