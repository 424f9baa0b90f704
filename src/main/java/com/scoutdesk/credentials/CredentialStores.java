package com.scoutdesk.credentials;

import com.github.javakeyring.BackendNotSupportedException;
import com.github.javakeyring.Keyring;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooses where the credentials live: a file named by {@code SCOUTDESK_CREDENTIALS_FILE} (else by the system
 * property {@code scoutdesk.credentials.file}, which the tests set) when given, else the OS keyring when one answers
 * within a few seconds, else a file only the user may read in the OS config folder (never in the workspace, which
 * must hold no secret).
 */
public final class CredentialStores {

    public static final String FILE_VARIABLE = "SCOUTDESK_CREDENTIALS_FILE";
    public static final String FILE_PROPERTY = "scoutdesk.credentials.file";
    static final Duration PROBE_TIMEOUT = Duration.ofSeconds(5);
    /** Long enough for the scout to answer an unlock prompt, short enough that a cron job does not wait forever. */
    static final Duration CALL_TIMEOUT = Duration.ofSeconds(60);
    private static final Logger LOG = LoggerFactory.getLogger(CredentialStores.class);

    /** Opens the OS keyring; a seam so tests can stand in a keyring that is missing or never answers. */
    @FunctionalInterface
    public interface KeyringOpener {
        Keyring open() throws Exception;
    }

    private CredentialStores() {
    }

    /** The store of the user running this program, on the real OS keyring. */
    public static CredentialStore forUser(Map<String, String> env) {
        String os = System.getProperty("os.name", "");
        KeyringOpener keyring = () -> {
            // Secret Service lives on the session bus; without one (ssh, cron, CI) there is nothing to wait for.
            if (os.toLowerCase(Locale.ROOT).contains("linux") && isBlank(env.get("DBUS_SESSION_BUS_ADDRESS"))) {
                throw new BackendNotSupportedException("no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is not set)");
            }
            return probe();
        };
        return choose(env, System.getProperty(FILE_PROPERTY), os, Path.of(System.getProperty("user.home")), keyring,
                PROBE_TIMEOUT);
    }

    static CredentialStore choose(Map<String, String> env, String fileProperty, String osName, Path home,
                                  KeyringOpener keyring, Duration probeTimeout) {
        Optional<String> named = Optional.ofNullable(env.get(FILE_VARIABLE)).filter(s -> !isBlank(s))
                .or(() -> Optional.ofNullable(fileProperty).filter(s -> !isBlank(s)));
        if (named.isPresent()) {
            Path file = Path.of(named.get());
            return new FileCredentialStore(file, shown(file, home));
        }
        try {
            Keyring opened = Bounded.call("open", probeTimeout, keyring::open);
            return new KeyringCredentialStore(opened, CALL_TIMEOUT);
        } catch (CredentialStoreException e) {
            LOG.info("No OS keyring available ({}); credentials are kept in a file only you may read",
                    e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
        }
        Path file = defaultFile(env, osName.toLowerCase(Locale.ROOT), home);
        return new FileCredentialStore(file, shown(file, home));
    }

    /**
     * The keyring, if it answers a read: on Linux java-keyring opens a Secret Service backend even when no service
     * runs on the session bus, and only the first call tells.
     */
    private static Keyring probe() throws Exception {
        Keyring keyring = Keyring.create();
        try {
            keyring.getPassword(KeyringCredentialStore.SERVICE, "probe");
        } catch (com.github.javakeyring.PasswordAccessException e) {
            if (!KeyringCredentialStore.isMissingEntry(e)) {
                throw e;
            }
        }
        return keyring;
    }

    /**
     * {@code $XDG_CONFIG_HOME/scoutdesk} or {@code ~/.config/scoutdesk} on Linux, {@code ~/Library/Preferences/
     * ScoutDesk} on macOS, {@code %LOCALAPPDATA%\ScoutDesk} on Windows (local: secrets should not roam, and the
     * default workspace is in the roaming folder).
     */
    static Path defaultFile(Map<String, String> env, String os, Path home) {
        Path dir;
        if (os.contains("win")) {
            String local = env.get("LOCALAPPDATA");
            dir = (local != null && !local.isBlank() ? Path.of(local) : home.resolve("AppData").resolve("Local"))
                    .resolve("ScoutDesk");
        } else if (os.contains("mac")) {
            dir = home.resolve("Library").resolve("Preferences").resolve("ScoutDesk");
        } else {
            String xdg = env.get("XDG_CONFIG_HOME");
            dir = (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".config")).resolve("scoutdesk");
        }
        return dir.resolve("credentials.properties");
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static String shown(Path file, Path home) {
        Path absolute = file.toAbsolutePath().normalize();
        Path normalHome = home.toAbsolutePath().normalize();
        return absolute.startsWith(normalHome) && !absolute.equals(normalHome)
                ? "~/" + normalHome.relativize(absolute).toString().replace('\\', '/') : absolute.toString();
    }
}
