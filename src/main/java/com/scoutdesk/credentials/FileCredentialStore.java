package com.scoutdesk.credentials;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Credentials in a properties file that only the user may read, for machines without an OS keyring (a headless
 * Linux server, CI). On POSIX systems the file is created with permissions 600 and its folder 700 before anything is
 * written into them, and every change replaces the whole file atomically, so a crash never leaves half a file or a
 * moment where others could read it. On Windows the file lives in the user's own profile, which others cannot read.
 */
public final class FileCredentialStore implements CredentialStore {

    private static final Logger LOG = LoggerFactory.getLogger(FileCredentialStore.class);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_ONLY_DIR = PosixFilePermissions.fromString("rwx------");

    private final Path file;
    private final String shownPath;

    /** @param shownPath the file as the scout should read it, e.g. with {@code ~} for the home folder */
    public FileCredentialStore(Path file, String shownPath) {
        this.file = file.toAbsolutePath().normalize();
        this.shownPath = shownPath;
    }

    public Path file() {
        return file;
    }

    @Override
    public synchronized Optional<String> get(CredentialKey key) {
        return Optional.ofNullable(read().getProperty(key.name())).filter(v -> !v.isEmpty());
    }

    @Override
    public synchronized void put(CredentialKey key, String value) {
        Properties props = read();
        props.setProperty(key.name(), value);
        write(props);
    }

    @Override
    public synchronized boolean delete(CredentialKey key) {
        Properties props = read();
        if (props.remove(key.name()) == null) {
            return false;
        }
        write(props);
        return true;
    }

    @Override
    public CredentialSource source() {
        return CredentialSource.FILE;
    }

    @Override
    public String description() {
        return "file " + shownPath + " (readable only by you)";
    }

    private Properties read() {
        Properties props = new Properties();
        if (!Files.isRegularFile(file)) {
            return props;
        }
        warnIfOthersMayRead();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            props.load(in);
            return props;
        } catch (IOException | IllegalArgumentException e) {
            throw new CredentialStoreException("Cannot read the credentials file " + shownPath + " ("
                    + e.getMessage() + "). Fix or remove it, then set the credentials again.", e);
        }
    }

    private void write(Properties props) {
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        Path dir = file.getParent();
        Path temp = null;
        try {
            if (!Files.isDirectory(dir)) {
                if (posix) {
                    Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIR));
                } else {
                    Files.createDirectories(dir);
                }
            }
            // Created 600 from the start: a file made first and restricted afterwards is readable in between.
            temp = posix
                    ? Files.createTempFile(dir, ".credentials", ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY))
                    : Files.createTempFile(dir, ".credentials", ".tmp");
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                props.store(out, "ScoutDesk credentials: keep this file private (scoutdesk credentials set/delete)");
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | UnsupportedOperationException e) {
            deleteQuietly(temp);
            throw new CredentialStoreException("Cannot write the credentials file " + shownPath + " ("
                    + e.getMessage() + "). Check that you may write to " + dir + ".", e);
        }
    }

    private void warnIfOthersMayRead() {
        try {
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
                    && !OWNER_ONLY.containsAll(Files.getPosixFilePermissions(file))) {
                LOG.warn("The credentials file {} may be read by others; run chmod 600 on it", shownPath);
            }
        } catch (IOException e) {
            LOG.debug("Could not read the permissions of {}", shownPath, e);
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp != null) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                LOG.debug("Could not remove {}", temp, e);
            }
        }
    }
}
