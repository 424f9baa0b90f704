package com.scoutdesk.ui.common;

import com.scoutdesk.concurrent.TaskExecutor;
import com.scoutdesk.service.AlbumArtService;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javafx.scene.image.Image;

/**
 * Makes album-art thumbnails for tables, cards and lists: each shows a placeholder at once, then the image from the
 * workspace's art folder (decoded by JavaFX's own background loader), or, when it is not there yet, downloads it
 * through the {@link TaskExecutor} and swaps it in. Offline or without an image, the placeholder stays.
 *
 * <p>Decoded images are kept in memory (the last {@value #DEFAULT_MEMORY_IMAGES} by default), so scrolling back
 * over rows already seen draws at once without decoding again. Give it an executor of its own (a second
 * {@code FxTaskExecutor}): a slow image host then never delays a query. Use on the FX thread only.
 */
public final class ArtThumbnails {

    /** Decoded thumbnails kept: two screens of cards and a good stretch of table, some 20 MB at 64 px. */
    public static final int DEFAULT_MEMORY_IMAGES = 500;

    private final AlbumArtService art;
    private final TaskExecutor executor;
    private final Map<String, Image> decoded;

    /** @param art the workspace's art; null shows placeholders only (a window without a workspace, tests) */
    public ArtThumbnails(AlbumArtService art, TaskExecutor executor) {
        this(art, executor, DEFAULT_MEMORY_IMAGES);
    }

    /** Placeholders only: for a window without a workspace, and tests that do not look at art. */
    public static ArtThumbnails placeholders() {
        return new ArtThumbnails(null, null, 1);
    }

    /** @param memoryImages decoded images kept in memory, the least recently shown going first */
    public ArtThumbnails(AlbumArtService art, TaskExecutor executor, int memoryImages) {
        this.art = art;
        this.executor = executor;
        this.decoded = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Image> eldest) {
                return size() > memoryImages;
            }
        };
    }

    /**
     * A thumbnail of {@code size} x {@code size} pixels showing the image at {@code imageUrl} (null or blank: the
     * placeholder). A cell keeps its node and calls {@link Thumbnail#show(String)} with the next row's address.
     */
    public Thumbnail thumbnail(String imageUrl, double size) {
        Thumbnail thumbnail = new Thumbnail(this, size);
        thumbnail.show(imageUrl);
        return thumbnail;
    }

    /** The decoded images held in memory now. */
    public int imagesInMemory() {
        return decoded.size();
    }

    Optional<Image> inMemory(String url, double size) {
        return Optional.ofNullable(decoded.get(key(url, size)));
    }

    void remember(String url, double size, Image image) {
        decoded.put(key(url, size), image);
    }

    /** The stored file, from the art service's memory: no disk and no network, so fine on the FX thread. */
    Optional<Path> stored(String url) {
        return art == null ? Optional.empty() : art.cached(url);
    }

    boolean canFetch() {
        return art != null && executor != null;
    }

    AlbumArtService art() {
        return art;
    }

    TaskExecutor executor() {
        return executor;
    }

    private static String key(String url, double size) {
        return size + " " + url;
    }
}
