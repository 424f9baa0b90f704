package com.scoutdesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.scoutdesk.integration.common.OfflineException;
import com.scoutdesk.integration.common.Provider;
import com.scoutdesk.integration.common.RateLimitedException;
import com.scoutdesk.integration.common.UnavailableException;
import com.scoutdesk.testing.MutableClock;
import java.io.IOException;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The album art folder: hits without the network, whole files only, size kept, one download per address. */
class AlbumArtServiceTest {

    private static final String COVER = "https://i.scdn.co/image/ab67616d00001e02aaaa";

    @TempDir
    Path workspace;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-05T18:00:00Z"));
    private final Map<String, AtomicInteger> asked = new ConcurrentHashMap<>();
    private ExecutorService threads;

    @AfterEach
    void stopThreads() {
        if (threads != null) {
            threads.shutdownNow();
        }
    }

    /** A source that serves {@code size} bytes made from the address and counts what it was asked. */
    private AlbumArtService.ArtSource serving(int size) {
        return url -> {
            asked.computeIfAbsent(url, k -> new AtomicInteger()).incrementAndGet();
            return bytesOf(url, size);
        };
    }

    private static byte[] bytesOf(String url, int size) {
        byte[] seed = url.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[size];
        for (int i = 0; i < size; i++) {
            bytes[i] = seed[i % seed.length];
        }
        return bytes;
    }

    private static final AlbumArtService.ArtSource NO_NETWORK = url -> {
        throw new AssertionError("the network was asked for " + url);
    };

    private AlbumArtService service(long maxBytes, AlbumArtService.ArtSource source) {
        return new AlbumArtService(workspace.resolve(AlbumArtService.FOLDER), maxBytes, source, clock);
    }

    private int asked(String url) {
        AtomicInteger count = asked.get(url);
        return count == null ? 0 : count.get();
    }

    private List<String> filesInFolder() throws IOException {
        Path folder = workspace.resolve(AlbumArtService.FOLDER);
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aStoredImageIsServedAfterARestartWithoutTheNetwork() throws IOException {
        AlbumArtService first = service(AlbumArtService.DEFAULT_MAX_BYTES, serving(700));
        assertThat(first.cached(COVER)).isEmpty();
        Path path = first.fetch(COVER);

        AlbumArtService reopened = service(AlbumArtService.DEFAULT_MAX_BYTES, NO_NETWORK);

        assertThat(reopened.cached(COVER)).contains(path);
        assertThat(reopened.fetch(COVER)).isEqualTo(path);
        assertThat(Files.readAllBytes(path)).isEqualTo(bytesOf(COVER, 700));
        assertThat(path.getParent()).isEqualTo(workspace.resolve("art"));
        assertThat(path.getFileName().toString()).doesNotContain("scdn").endsWith(".img");
        assertThat(asked(COVER)).isEqualTo(1);
    }

    @Test
    void makesItsFolderOnlyWhenItStoresAnImage() {
        AlbumArtService service = service(AlbumArtService.DEFAULT_MAX_BYTES, serving(300));
        assertThat(service.cached(COVER)).isEmpty();
        assertThat(workspace.resolve(AlbumArtService.FOLDER)).doesNotExist();

        service.fetch(COVER);

        assertThat(workspace.resolve(AlbumArtService.FOLDER)).isDirectory();
    }

    @Test
    void aFolderThatCannotBeMadeFailsTheFetchNotTheService() throws IOException {
        Files.writeString(workspace.resolve(AlbumArtService.FOLDER), "a file where the folder should be");
        AlbumArtService service = service(AlbumArtService.DEFAULT_MAX_BYTES, serving(300));

        assertThatThrownBy(() -> service.fetch(COVER)).isInstanceOf(UseCaseException.class)
                .hasMessageContaining("could not be saved");
        assertThat(service.cached(COVER)).isEmpty();
    }

    @Test
    void writesWholeFilesOnlyAndDropsWhatACrashLeftHalfWritten() throws IOException {
        Path folder = Files.createDirectories(workspace.resolve(AlbumArtService.FOLDER));
        String crashed = AlbumArtService.fileName(COVER);
        Files.write(folder.resolve(crashed + "123.part"), new byte[] {1, 2, 3});

        AlbumArtService service = service(AlbumArtService.DEFAULT_MAX_BYTES, serving(1_000));

        assertThat(filesInFolder()).isEmpty();
        assertThat(service.cached(COVER)).isEmpty();
        Path path = service.fetch(COVER);
        assertThat(filesInFolder()).containsExactly(crashed);
        assertThat(Files.readAllBytes(path)).isEqualTo(bytesOf(COVER, 1_000));
    }

    @Test
    void aFailedDownloadLeavesNoFile() throws IOException {
        AlbumArtService service = service(AlbumArtService.DEFAULT_MAX_BYTES, url -> {
            throw new UnavailableException(Provider.SPOTIFY_IMAGES, UnavailableException.Reason.NOT_FOUND, 404,
                    "No image at " + url);
        });

        assertThatThrownBy(() -> service.fetch(COVER)).isInstanceOf(UseCaseException.class)
                .hasMessageContaining("No image at");
        assertThat(filesInFolder()).isEmpty();
        assertThat(service.cached(COVER)).isEmpty();
    }

    @Test
    void keepsTheFolderUnderItsSizeRemovingTheLeastRecentlyUsed() throws IOException {
        AlbumArtService service = service(3_000, serving(1_000));
        Path a = service.fetch("https://i.scdn.co/image/a");
        Path b = service.fetch("https://i.scdn.co/image/b");
        service.fetch("https://i.scdn.co/image/c");
        assertThat(service.cached("https://i.scdn.co/image/a")).isPresent(); // a is used again, b is now the eldest

        service.fetch("https://i.scdn.co/image/d");

        assertThat(service.cached("https://i.scdn.co/image/b")).isEmpty();
        assertThat(b).doesNotExist();
        assertThat(a).exists();
        assertThat(service.storedBytes()).isEqualTo(3_000);
        assertThat(filesInFolder()).hasSize(3);
    }

    @Test
    void aFolderGrownPastItsSizeIsTrimmedAtOpeningOldestFirst() throws IOException {
        AlbumArtService big = service(10_000, serving(1_000));
        List<Path> paths = new ArrayList<>();
        for (String name : List.of("a", "b", "c", "d")) {
            Path path = big.fetch("https://i.scdn.co/image/" + name);
            Files.setLastModifiedTime(path, java.nio.file.attribute.FileTime.from(
                    Instant.parse("2026-11-0" + (paths.size() + 1) + "T00:00:00Z")));
            paths.add(path);
        }

        AlbumArtService small = service(2_000, NO_NETWORK);

        assertThat(small.storedBytes()).isEqualTo(2_000);
        assertThat(paths.get(0)).doesNotExist();
        assertThat(paths.get(1)).doesNotExist();
        assertThat(small.cached("https://i.scdn.co/image/d")).contains(paths.get(3));
    }

    @Test
    void threadsAskingForTheSameAddressShareOneDownload() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger downloads = new AtomicInteger();
        AlbumArtService service = service(AlbumArtService.DEFAULT_MAX_BYTES, url -> {
            downloads.incrementAndGet();
            try {
                release.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return bytesOf(url, 2_000);
        });
        threads = Executors.newFixedThreadPool(8);
        List<Future<Path>> answers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            answers.add(threads.submit(() -> service.fetch(COVER)));
        }

        Thread.sleep(200); // let all eight reach the download
        release.countDown();

        Path first = answers.get(0).get(5, TimeUnit.SECONDS);
        for (Future<Path> answer : answers) {
            assertThat(answer.get(5, TimeUnit.SECONDS)).isEqualTo(first);
        }
        assertThat(downloads.get()).isEqualTo(1);
        assertThat(Files.readAllBytes(first)).isEqualTo(bytesOf(COVER, 2_000));
    }

    @Test
    void whileOfflineNothingIsAskedForHalfAMinute() {
        AtomicInteger calls = new AtomicInteger();
        AlbumArtService service = service(AlbumArtService.DEFAULT_MAX_BYTES, url -> {
            if (calls.incrementAndGet() == 1) {
                throw new OfflineException(Provider.SPOTIFY_IMAGES, new ConnectException("refused"));
            }
            return bytesOf(url, 500);
        });

        assertThatThrownBy(() -> service.fetch("https://i.scdn.co/image/a")).isInstanceOf(UseCaseException.class)
                .hasMessageContaining("cannot be reached");
        assertThatThrownBy(() -> service.fetch("https://i.scdn.co/image/b")).isInstanceOf(UseCaseException.class);
        assertThat(calls.get()).isEqualTo(1);

        clock.advance(Duration.ofSeconds(31));

        assertThat(service.fetch("https://i.scdn.co/image/b")).exists();
        assertThat(calls.get()).isEqualTo(2);
    }

    @Test
    void whileRateLimitedNothingIsAskedUntilTheHostSaid() {
        Instant retryAt = clock.instant().plus(Duration.ofMinutes(2));
        AtomicInteger calls = new AtomicInteger();
        AlbumArtService service = service(AlbumArtService.DEFAULT_MAX_BYTES, url -> {
            if (calls.incrementAndGet() == 1) {
                throw new RateLimitedException(Provider.SPOTIFY_IMAGES, retryAt, false);
            }
            return bytesOf(url, 500);
        });

        assertThatThrownBy(() -> service.fetch(COVER)).isInstanceOf(UseCaseException.class);
        clock.advance(Duration.ofSeconds(90));
        assertThatThrownBy(() -> service.fetch(COVER)).isInstanceOf(UseCaseException.class);
        assertThat(calls.get()).isEqualTo(1);

        clock.advance(Duration.ofSeconds(31));
        assertThat(service.fetch(COVER)).exists();
    }

    @Test
    void anAddressWithoutAnImageIsNotAskedAgainSoonButOthersAre() {
        AlbumArtService service = service(AlbumArtService.DEFAULT_MAX_BYTES, url -> {
            asked.computeIfAbsent(url, k -> new AtomicInteger()).incrementAndGet();
            if (url.endsWith("gone")) {
                throw new UnavailableException(Provider.SPOTIFY_IMAGES, UnavailableException.Reason.NOT_FOUND, 404,
                        "No image at " + url);
            }
            return bytesOf(url, 500);
        });

        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> service.fetch("https://i.scdn.co/image/gone"))
                    .isInstanceOf(UseCaseException.class);
        }

        assertThat(asked("https://i.scdn.co/image/gone")).isEqualTo(1);
        assertThat(service.fetch("https://i.scdn.co/image/here")).exists();
        clock.advance(Duration.ofHours(7));
        assertThatThrownBy(() -> service.fetch("https://i.scdn.co/image/gone")).isInstanceOf(UseCaseException.class);
        assertThat(asked("https://i.scdn.co/image/gone")).isEqualTo(2);
    }

    @Test
    void anImageRemovedBehindItsBackIsDownloadedAgain() throws IOException {
        AlbumArtService service = service(AlbumArtService.DEFAULT_MAX_BYTES, serving(800));
        Path path = service.fetch(COVER);
        Files.delete(path);

        assertThat(service.fetch(COVER)).isEqualTo(path).exists();
        assertThat(asked(COVER)).isEqualTo(2);
        assertThat(Arrays.equals(Files.readAllBytes(path), bytesOf(COVER, 800))).isTrue();
    }
}
