package com.scoutdesk.service;

import com.scoutdesk.integration.art.ArtClient;
import com.scoutdesk.integration.common.OfflineException;
import com.scoutdesk.integration.common.RateLimitedException;
import com.scoutdesk.integration.common.ServerErrorException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Album art and playlist covers kept in a folder of the workspace, so that they show offline and are downloaded once.
 * {@link #cached} answers from memory (no disk, no network), so the window may ask it on the FX thread;
 * {@link #fetch} downloads and stores, and belongs on a background thread. Files are named by a hash of the address,
 * written whole or not at all (a temporary file moved into place), and the folder is kept under a size, the least
 * recently used going first. Two threads asking for the same address share one download. An address that failed is
 * not asked again for a while, and while the host is offline or rate-limited nothing is asked, so a scroll through
 * thousands of rows cannot queue thousands of doomed requests. Thread-safe; one per workspace.
 */
public final class AlbumArtService {

    /** Where images come from: the image hosts' client in the application, a fake in tests. */
    @FunctionalInterface
    public interface ArtSource {

        /** The image's bytes; throws the source's own exception when there is none to be had. */
        byte[] download(String url);
    }

    /** The folder of the workspace that holds the images. */
    public static final String FOLDER = "art";
    /** 200 MB hold some 10,000 covers of Spotify's 300 px size. */
    public static final long DEFAULT_MAX_BYTES = 200L * 1024 * 1024;
    static final String SUFFIX = ".img";
    private static final String PART = ".part";
    private static final Logger LOG = LoggerFactory.getLogger(AlbumArtService.class);
    /** How long nothing is asked after the host could not be reached. */
    private static final Duration OFFLINE_PAUSE = Duration.ofSeconds(30);
    /** How long an address that has no (acceptable) image is not asked again. */
    private static final Duration FAILED_ADDRESS_PAUSE = Duration.ofHours(6);

    private final Path folder;
    private final ArtSource source;
    private final Clock clock;
    private final ArtIndex index;
    private final ConcurrentMap<String, CompletableFuture<Path>> inFlight = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Instant> failedUntil = new ConcurrentHashMap<>();
    private volatile Instant pausedUntil = Instant.MIN;

    /** The application's: images from the image hosts' client, on the real clock. */
    public AlbumArtService(Path folder, long maxBytes, ArtClient client) {
        this(folder, maxBytes, url -> client.fetch(url).bytes(), Clock.systemUTC());
    }

    /**
     * Reads the folder (one file-system look a file; half-written files a crash left are removed), so build it on a
     * background thread. The folder is made at the first image stored, so a command that shows none leaves none.
     *
     * @param maxBytes the folder's size at most; the least recently used images are removed beyond it
     */
    public AlbumArtService(Path folder, long maxBytes, ArtSource source, Clock clock) {
        this.folder = Objects.requireNonNull(folder, "folder");
        this.source = Objects.requireNonNull(source, "source");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.index = new ArtIndex(maxBytes);
        open();
    }

    /** The stored image of {@code url}, if there is one. From memory: no disk, no network; marks it as used. */
    public Optional<Path> cached(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        String name = fileName(url);
        return index.touch(name) ? Optional.of(folder.resolve(name)) : Optional.empty();
    }

    /**
     * The stored image of {@code url}, downloaded and stored first when it is not there. Blocks: call it on a
     * background thread.
     *
     * @throws UseCaseException when there is no image to be had now: offline, rate-limited, no image at that
     *                          address, not an acceptable image, or the folder cannot be written
     */
    public Path fetch(String url) {
        Objects.requireNonNull(url, "url");
        Optional<Path> stored = onDisk(url);
        if (stored.isPresent()) {
            return stored.get();
        }
        CompletableFuture<Path> mine = new CompletableFuture<>();
        CompletableFuture<Path> running = inFlight.putIfAbsent(url, mine);
        if (running != null) {
            return await(running);
        }
        try {
            // Another thread may have stored it between the look-up above and taking the address.
            Path path = onDisk(url).orElseGet(() -> downloadAndStore(url));
            mine.complete(path);
            return path;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            inFlight.remove(url, mine);
        }
    }

    /** The bytes the stored images take, for tests and figures. */
    public long storedBytes() {
        return index.totalBytes();
    }

    Path folder() {
        return folder;
    }

    static String fileName(String url) {
        return ArtIndex.sha256(url) + SUFFIX;
    }

    private Optional<Path> onDisk(String url) {
        Optional<Path> path = cached(url);
        if (path.isPresent() && !Files.isRegularFile(path.get())) { // removed behind our back
            index.remove(path.get().getFileName().toString());
            return Optional.empty();
        }
        return path;
    }

    private Path downloadAndStore(String url) {
        Instant now = clock.instant();
        Instant failed = failedUntil.get(url);
        if (failed != null && now.isBefore(failed)) {
            throw new UseCaseException("No image at " + url + " (asked earlier)");
        }
        if (now.isBefore(pausedUntil)) {
            throw new UseCaseException("Album art is not downloaded until " + pausedUntil + " (offline or "
                    + "rate-limited)");
        }
        byte[] bytes = download(url, now);
        return store(fileName(url), bytes);
    }

    private byte[] download(String url, Instant now) {
        try {
            return source.download(url);
        } catch (OfflineException e) {
            pausedUntil = now.plus(OFFLINE_PAUSE);
            throw new UseCaseException(e.getMessage(), e);
        } catch (RateLimitedException e) {
            pausedUntil = e.retryAt();
            throw new UseCaseException(e.getMessage(), e);
        } catch (ServerErrorException | CancellationException e) {
            throw new UseCaseException(e.getMessage(), e); // worth asking again at the next look
        } catch (RuntimeException e) {
            failedUntil.put(url, now.plus(FAILED_ADDRESS_PAUSE));
            throw new UseCaseException(e.getMessage(), e);
        }
    }

    private Path store(String name, byte[] bytes) {
        Path target = folder.resolve(name);
        Path part = null;
        try {
            Files.createDirectories(folder);
            part = Files.createTempFile(folder, name, PART);
            Files.write(part, bytes);
            try {
                Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            deleteQuietly(part);
            throw new UseCaseException("An image could not be saved in " + folder + ": " + e.getMessage(), e);
        }
        index.add(name, bytes.length).forEach(evicted -> deleteQuietly(folder.resolve(evicted)));
        return target;
    }

    /** Reads what the folder holds, oldest first; a folder that cannot be read counts as empty. */
    private void open() {
        if (!Files.isDirectory(folder)) {
            return;
        }
        List<ArtIndex.Stored> found = new ArrayList<>();
        try (var files = Files.list(folder)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String name = file.getFileName().toString();
                if (name.endsWith(PART)) {
                    deleteQuietly(file); // a write a crash cut short
                } else if (name.endsWith(SUFFIX)) {
                    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                    if (attributes.isRegularFile()) {
                        found.add(new ArtIndex.Stored(name, attributes.size(),
                                attributes.lastModifiedTime().toMillis()));
                    }
                }
            }
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("The album art folder {} cannot be read; images are downloaded again", folder, e);
        }
        index.load(found).forEach(evicted -> deleteQuietly(folder.resolve(evicted)));
    }

    private static Path await(CompletableFuture<Path> running) {
        try {
            return running.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // an image being drawn cannot be deleted on Windows; the next start tries again
            LOG.debug("Could not delete {}", file, e);
        }
    }
}
