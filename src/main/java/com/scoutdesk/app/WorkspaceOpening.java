package com.scoutdesk.app;

import com.scoutdesk.app.config.ConfigKey;
import com.scoutdesk.app.config.ConfigLoader;
import com.scoutdesk.app.config.ScoutDeskConfig;
import com.scoutdesk.credentials.CredentialStore;
import com.scoutdesk.credentials.CredentialStores;
import com.scoutdesk.persistence.DatabaseSettings;
import com.scoutdesk.persistence.WorkspaceException;
import com.scoutdesk.persistence.WorkspaceLock;
import com.scoutdesk.persistence.safety.SafeOpen;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens a workspace folder for {@link AppContext}: checks the folder, reads the configuration, starts the log, takes
 * the lock and opens the database safely. Whatever fails on the way releases what was taken before it.
 */
final class WorkspaceOpening {

    private WorkspaceOpening() {
    }

    /** @see AppContext#open(AppPaths, Map, boolean) */
    static AppContext open(AppPaths paths, Map<String, String> env, boolean logToWorkspace) {
        Path dir = paths.workspace();
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new WorkspaceException("The workspace " + dir + " is a file, not a folder. Give a folder (it is "
                    + "created if missing) with --workspace DIR or SCOUTDESK_HOME.");
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new WorkspaceException("Cannot create the workspace folder " + dir + " (" + e.getMessage()
                    + "). Choose another folder with --workspace DIR or SCOUTDESK_HOME.", e);
        }
        Path database = dir.resolve("scoutdesk.mv.db");
        boolean readOnly = Files.exists(database) && (!Files.isWritable(dir) || !Files.isWritable(database));
        if (!Files.exists(database) && !Files.isWritable(dir)) {
            throw new WorkspaceException("The workspace folder " + dir + " cannot be written to. Give a folder you "
                    + "may write to with --workspace DIR or SCOUTDESK_HOME, or change the folder's permissions.");
        }
        CredentialStore credentials = CredentialStores.forUser(env);
        ScoutDeskConfig config = ConfigLoader.load(dir, env, credentials);
        if (config.hasErrors()) {
            throw new ConfigurationException(config.problems());
        }
        if (logToWorkspace && !readOnly) { // a workspace that can only be read keeps no log either
            LogSetup.toWorkspace(paths.logs(), config.get(ConfigKey.LOG_LEVEL), config.secretValues());
        }
        Logger log = LoggerFactory.getLogger(AppContext.class);
        log.info("Opening workspace {}", dir);
        log.info("Credentials are kept in the {}", credentials.description());
        log.info("Configuration:{}{}", System.lineSeparator(), config.describe());
        config.problems().forEach(p -> log.warn("{}", p));

        DatabaseSettings settings = config.isSet(ConfigKey.DB_URL)
                ? new DatabaseSettings(config.get(ConfigKey.DB_URL), config.get(ConfigKey.DB_USER),
                        config.get(ConfigKey.DB_PASSWORD))
                : DatabaseSettings.h2File(dir);
        WorkspaceLock lock = null;
        try {
            // No lock file can be made in a folder that can only be read; nothing is written there either.
            lock = settings.isEmbeddedH2() && !readOnly ? WorkspaceLock.acquire(dir) : null;
            SafeOpen safeOpen = new SafeOpen(dir, settings, config.count(ConfigKey.BACKUP_KEEP), Clock.systemUTC());
            SafeOpen.Opened opened = safeOpen.open();
            AppContext context;
            try {
                context = new AppContext(paths, config, lock, opened.database(), opened.notices(), safeOpen,
                        UserCredentials.open(paths, env, credentials));
            } catch (RuntimeException e) {
                opened.database().close(); // a clean close, so the next open need not read every row
                safeOpen.closed();
                throw e;
            }
            context.closeOnExit();
            return context;
        } catch (IOException e) {
            closeQuietly(lock);
            throw new WorkspaceException("Cannot lock the workspace " + dir + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(lock);
            throw e;
        }
    }

    static void closeQuietly(WorkspaceLock lock) {
        if (lock != null) {
            try {
                lock.close();
            } catch (IOException e) {
                LoggerFactory.getLogger(AppContext.class).warn("Could not release the workspace lock", e);
            }
        }
    }
}
