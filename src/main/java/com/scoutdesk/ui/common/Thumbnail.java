package com.scoutdesk.ui.common;

import com.scoutdesk.concurrent.BackgroundTask;
import com.scoutdesk.service.UseCaseException;
import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.value.ChangeListener;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Rectangle;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One album-art thumbnail made by {@link ArtThumbnails}: a rounded tile with a music note until the image is there.
 * {@link #show(String)} points it at another address (a reused table cell), dropping whatever the previous one was
 * still loading. FX thread only.
 */
public final class Thumbnail extends StackPane {

    static final String STYLE_CLASS = "art-thumbnail";
    private static final Logger LOG = LoggerFactory.getLogger(Thumbnail.class);
    private static final double CORNER = 6;

    private final ArtThumbnails owner;
    private final double size;
    private final ImageView view = new ImageView();
    private final FontIcon placeholder;
    private String url;
    /** Tells a load's late answer from the current one: every {@link #show} starts a new generation. */
    private long generation;
    private BackgroundTask download = BackgroundTask.DONE;

    Thumbnail(ArtThumbnails owner, double size) {
        this.owner = owner;
        this.size = size;
        this.placeholder = Icons.of(Feather.MUSIC);
        // The theme's icon size wins over one set in code, so app.css sizes the note by the tile's class.
        getStyleClass().addAll(STYLE_CLASS, size >= 48 ? "large" : size >= 32 ? "medium" : "small");
        setMinSize(size, size);
        setPrefSize(size, size);
        setMaxSize(size, size);
        view.setFitWidth(size);
        view.setFitHeight(size);
        view.setPreserveRatio(true);
        view.setSmooth(true);
        Rectangle clip = new Rectangle(size, size);
        clip.setArcWidth(CORNER * 2);
        clip.setArcHeight(CORNER * 2);
        view.setClip(clip);
        getChildren().addAll(placeholder, view);
    }

    /** Shows the image at {@code imageUrl}, or the placeholder for null or blank; cancels the previous load. */
    public void show(String imageUrl) {
        generation++;
        download.cancel();
        download = BackgroundTask.DONE;
        url = imageUrl == null || imageUrl.isBlank() ? null : imageUrl.strip();
        if (url == null) {
            showPlaceholder();
            return;
        }
        var remembered = owner.inMemory(url, size);
        if (remembered.isPresent()) {
            showImage(remembered.get());
            return;
        }
        showPlaceholder();
        var stored = owner.stored(url);
        if (stored.isPresent()) {
            decode(stored.get(), generation, true);
        } else {
            fetch(generation);
        }
    }

    /** The address shown or being loaded; null for none. */
    public String url() {
        return url;
    }

    /** Whether the image is shown, not the placeholder. */
    public boolean isShowingImage() {
        return view.getImage() != null;
    }

    /** The image shown, or null while the placeholder is. */
    public Image image() {
        return view.getImage();
    }

    private void fetch(long asked) {
        if (!owner.canFetch()) {
            return;
        }
        String address = url;
        download = owner.executor().submit("album art", () -> fetched(address),
                path -> {
                    if (asked == generation && path.isPresent()) {
                        decode(path.get(), asked, false);
                    }
                },
                failure -> LOG.debug("Album art {} failed", address, failure));
    }

    /**
     * The stored file, or empty when there is no image to be had now (offline, rate-limited, none at that address):
     * an expected answer, kept out of the executor's failure log, which would otherwise fill with one a row.
     */
    private Optional<Path> fetched(String address) {
        try {
            return Optional.of(owner.art().fetch(address));
        } catch (UseCaseException e) {
            LOG.debug("No album art for {}: {}", address, e.getMessage());
            return Optional.empty();
        }
    }

    /** Decodes on JavaFX's background loader; a stored file that will not decode is fetched again once. */
    private void decode(Path path, long asked, boolean fetchIfBroken) {
        String address = url;
        Image image = new Image(path.toUri().toString(), size, size, true, true, true);
        whenLoaded(image, () -> {
            owner.remember(address, size, image);
            if (asked == generation) {
                showImage(image);
            }
        }, () -> {
            if (asked == generation && fetchIfBroken) {
                fetch(asked);
            }
        });
    }

    private static void whenLoaded(Image image, Runnable loaded, Runnable failed) {
        if (finish(image, loaded, failed)) {
            return;
        }
        ChangeListener<Object> listener = new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<?> observable, Object old, Object now) {
                if (finish(image, loaded, failed)) {
                    image.progressProperty().removeListener(this);
                    image.errorProperty().removeListener(this);
                }
            }
        };
        image.progressProperty().addListener(listener);
        image.errorProperty().addListener(listener);
    }

    private static boolean finish(Image image, Runnable loaded, Runnable failed) {
        if (image.isError()) {
            failed.run();
            return true;
        }
        if (image.getProgress() >= 1.0) {
            loaded.run();
            return true;
        }
        return false;
    }

    private void showImage(Image image) {
        view.setImage(image);
        placeholder.setVisible(false);
    }

    private void showPlaceholder() {
        view.setImage(null);
        placeholder.setVisible(true);
    }
}
