package com.scoutdesk.ui.common;

import static com.scoutdesk.ui.FxTestSupport.onFx;
import static com.scoutdesk.ui.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import atlantafx.base.theme.Theme;
import com.scoutdesk.integration.art.TestImages;
import com.scoutdesk.integration.common.OfflineException;
import com.scoutdesk.integration.common.Provider;
import com.scoutdesk.service.AlbumArtService;
import com.scoutdesk.testing.MutableClock;
import com.scoutdesk.ui.MainWindow;
import com.scoutdesk.ui.Shots;
import com.scoutdesk.ui.fakes.ManualTaskExecutor;
import java.awt.Color;
import java.net.ConnectException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kordamp.ikonli.javafx.FontIcon;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Thumbnails on a real stage: placeholder first, the image once fetched or stored, the placeholder when offline. */
@ExtendWith(ApplicationExtension.class)
class ArtThumbnailsTest extends FxRobot {

    private static final String RED = "http://127.0.0.1/image/red";
    private static final String BLUE = "http://127.0.0.1/image/blue";
    private static final String GREEN = "http://127.0.0.1/image/green";
    private static final String OFFLINE = "http://127.0.0.1/image/offline";
    private static final Map<String, byte[]> IMAGES = Map.of(
            RED, TestImages.jpeg(new Color(0xE0, 0x30, 0x30)),
            BLUE, TestImages.png(),
            GREEN, TestImages.jpeg(new Color(0x30, 0xA0, 0x50)));

    @TempDir
    Path workspace;

    private Stage stage;
    private final ManualTaskExecutor executor = new ManualTaskExecutor();
    private final Map<String, AtomicInteger> downloads = new ConcurrentHashMap<>();
    private AlbumArtService art;
    private ArtThumbnails thumbnails;

    @Start
    void start(Stage primary) {
        stage = primary;
        stage.setScene(new Scene(new StackPane(new Label("starting")), 600, 200));
        stage.show();
    }

    @BeforeEach
    void services() {
        art = new AlbumArtService(workspace.resolve("art"), AlbumArtService.DEFAULT_MAX_BYTES, url -> {
            downloads.computeIfAbsent(url, k -> new AtomicInteger()).incrementAndGet();
            byte[] image = IMAGES.get(url);
            if (image == null) {
                throw new OfflineException(Provider.SPOTIFY_IMAGES, new ConnectException("refused"));
            }
            return image;
        }, new MutableClock(Instant.parse("2026-12-05T18:00:00Z")));
        thumbnails = new ArtThumbnails(art, executor);
    }

    private Thumbnail onStage(String url) {
        return onFx(() -> {
            Thumbnail thumbnail = thumbnails.thumbnail(url, 48);
            stage.getScene().setRoot(new StackPane(thumbnail));
            return thumbnail;
        });
    }

    private void runBackgroundWork() {
        interact(executor::runAll);
    }

    private static boolean placeholderShown(Thumbnail thumbnail) {
        return onFx(() -> !thumbnail.isShowingImage() && thumbnail.getChildren().get(0).isVisible());
    }

    /** The colour at (4, 4) of the image shown: inside the coloured border, outside the white square. */
    private static Color colourShown(Thumbnail thumbnail) {
        return onFx(() -> new Color(thumbnail.image().getPixelReader().getArgb(4, 4), true));
    }

    @Test
    void showsThePlaceholderAtOnceAndTheImageOnceFetched() {
        Thumbnail thumbnail = onStage(RED);

        assertThat(placeholderShown(thumbnail)).isTrue();
        assertThat(executor.pending()).extracting(task -> task.name).containsExactly("album art");

        runBackgroundWork();

        waitUntil(thumbnail::isShowingImage);
        assertThat(colourShown(thumbnail).getRed()).isGreaterThan(180);
        assertThat(colourShown(thumbnail).getGreen()).isLessThan(90);
        assertThat(onFx(() -> thumbnail.getChildren().get(0).isVisible())).isFalse();
        assertThat(art.cached(RED)).isPresent();
    }

    @Test
    void staysAPlaceholderWhenOffline() {
        Thumbnail thumbnail = onStage(OFFLINE);

        runBackgroundWork();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(placeholderShown(thumbnail)).isTrue();
        assertThat(downloads.get(OFFLINE).get()).isEqualTo(1);
        assertThat(art.cached(OFFLINE)).isEmpty();
    }

    @Test
    void aStoredImageIsShownWithoutAnyBackgroundWork() {
        art.fetch(GREEN);

        Thumbnail thumbnail = onStage(GREEN);

        assertThat(executor.pending()).isEmpty();
        waitUntil(thumbnail::isShowingImage);
        assertThat(colourShown(thumbnail).getGreen()).isGreaterThan(130);
        assertThat(downloads.get(GREEN).get()).isEqualTo(1);
    }

    @Test
    void anImageAlreadyDecodedIsShownInTheSameFrame() {
        Thumbnail first = onStage(BLUE);
        runBackgroundWork();
        waitUntil(first::isShowingImage);

        boolean shownAtOnce = onFx(() -> thumbnails.thumbnail(BLUE, 48).isShowingImage());

        assertThat(shownAtOnce).isTrue();
        assertThat(executor.pending()).isEmpty();
        assertThat(thumbnails.imagesInMemory()).isEqualTo(1);
    }

    @Test
    void aReusedThumbnailShowsOnlyItsNewAddress() {
        Thumbnail thumbnail = onStage(RED);
        ManualTaskExecutor.Pending redLoad = executor.pending().get(0);

        interact(() -> thumbnail.show(BLUE));

        assertThat(redLoad.cancelled).isTrue();
        assertThat(placeholderShown(thumbnail)).isTrue();
        runBackgroundWork(); // the red answer still arrives, as a result already on its way would
        waitUntil(thumbnail::isShowingImage);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(thumbnail.url()).isEqualTo(BLUE);
        assertThat(colourShown(thumbnail).getBlue()).isGreaterThan(180);
        assertThat(colourShown(thumbnail).getRed()).isLessThan(90);
    }

    @Test
    void noAddressOrNoArtServiceMeansAPlaceholderAndNoWork() {
        Thumbnail none = onStage(null);
        Thumbnail withoutService = onFx(() -> new ArtThumbnails(null, executor).thumbnail(RED, 48));

        assertThat(placeholderShown(none)).isTrue();
        assertThat(placeholderShown(withoutService)).isTrue();
        assertThat(executor.pending()).isEmpty();
    }

    @Test
    void aRowOfThumbnailsInBothThemes() throws Exception {
        art.fetch(GREEN);
        for (Theme theme : List.of(new PrimerLight(), new PrimerDark())) {
            HBox row = onFx(() -> new HBox(12, thumbnails.thumbnail(null, 64), thumbnails.thumbnail(RED, 64),
                    thumbnails.thumbnail(BLUE, 64), thumbnails.thumbnail(OFFLINE, 64),
                    thumbnails.thumbnail(GREEN, 64)));
            HBox small = onFx(() -> new HBox(8, thumbnails.thumbnail(null, 32), thumbnails.thumbnail(RED, 32),
                    thumbnails.thumbnail(OFFLINE, 32), thumbnails.thumbnail(GREEN, 32)));
            VBox page = onFx(() -> {
                VBox box = new VBox(8, new Label("no address, fetched JPEG, fetched PNG, offline, stored"), row,
                        small);
                box.setPadding(new Insets(16));
                box.setAlignment(Pos.CENTER_LEFT);
                box.getStyleClass().add("art-shot");
                return box;
            });
            interact(() -> {
                Scene scene = new Scene(page, 420, 170);
                scene.setUserAgentStylesheet(theme.getUserAgentStylesheet()); // as the window applies it
                scene.getStylesheets().add(MainWindow.class.getResource(MainWindow.STYLESHEET).toExternalForm());
                page.setStyle("-fx-background-color: -color-bg-default;");
                stage.setScene(scene);
            });
            runBackgroundWork();
            waitUntil(() -> row.getChildren().stream().filter(node -> ((Thumbnail) node).isShowingImage())
                    .count() == 3 && small.getChildren().stream()
                    .filter(node -> ((Thumbnail) node).isShowingImage()).count() == 2);

            String name = "art-thumbnails-" + (theme.isDarkMode() ? "dark" : "light");
            Shots.node(page, name);
            assertThat(onFx(() -> ((FontIcon) ((Thumbnail) row.getChildren().get(0)).getChildren().get(0))
                    .getIconSize())).as("the note of a 64 px tile").isEqualTo(26);
            WritableImage shot = Shots.node(row, name + "-row");

            Color placeholderTile = pixel(shot, row, 0, 4, 32);
            Color red = pixel(shot, row, 1, 8, 8);
            Color offlineTile = pixel(shot, row, 3, 4, 32);
            assertThat(red.getRed()).isGreaterThan(180);
            assertThat(red.getGreen()).isLessThan(90);
            assertThat(offlineTile).isEqualTo(placeholderTile);
            assertThat(Math.abs(placeholderTile.getRed() - placeholderTile.getBlue())).isLessThan(30); // a grey
        }
    }

    private static Color pixel(WritableImage shot, HBox row, int child, int x, int y) {
        Node node = row.getChildren().get(child);
        int left = (int) Math.round(onFx(() -> node.getBoundsInParent().getMinX())) + x;
        return new Color(shot.getPixelReader().getArgb(left, y), true);
    }
}
