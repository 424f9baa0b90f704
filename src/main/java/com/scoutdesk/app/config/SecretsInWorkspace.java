package com.scoutdesk.app.config;

import com.scoutdesk.credentials.CredentialKey;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Warns about a secret written in the workspace's scoutdesk.properties: the workspace is copied, backed up and
 * shared with a team, so it must hold none. The value still works, so that an old workspace keeps running.
 */
final class SecretsInWorkspace {

    private SecretsInWorkspace() {
    }

    static void warn(Path file, Map<ConfigKey, String> values, List<ConfigProblem> problems) {
        for (CredentialKey key : CredentialKey.values()) {
            String value = values.get(ConfigKey.valueOf(key.name()));
            if (key.isSecret() && value != null && !value.isEmpty()) {
                problems.add(new ConfigProblem(ConfigProblem.Severity.WARNING, file.toString(), key.name(),
                        "a secret in the workspace folder. Move it to your credential store with `scoutdesk "
                                + "credentials set " + key.provider().id() + "`, then delete the line from the file."));
            }
        }
    }
}
