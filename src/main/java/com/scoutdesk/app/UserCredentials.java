package com.scoutdesk.app;

import com.scoutdesk.app.config.ConfigLoader;
import com.scoutdesk.credentials.CredentialResolver;
import com.scoutdesk.credentials.CredentialStore;
import com.scoutdesk.credentials.CredentialStores;
import com.scoutdesk.service.CredentialService;
import java.nio.file.Path;
import java.util.Map;

/**
 * The credential use cases for the command line, without opening the workspace: the credentials belong to the user,
 * not to a workspace. The workspace is only read, for the values an old scoutdesk.properties still holds and for the
 * base URLs the connection tests call.
 */
public final class UserCredentials {

    private UserCredentials() {
    }

    public static CredentialService open(AppPaths paths, Map<String, String> env) {
        return open(paths, env, CredentialStores.forUser(env));
    }

    /** The same, with the store the workspace was opened with, so the window and the configuration read one store. */
    static CredentialService open(AppPaths paths, Map<String, String> env, CredentialStore store) {
        Path dir = paths.workspace();
        CredentialResolver resolver = new CredentialResolver(env, store, ConfigLoader.credentialsInFile(dir));
        return new CredentialService(resolver, ConnectionTests.forWorkspace(dir, env, store));
    }
}
