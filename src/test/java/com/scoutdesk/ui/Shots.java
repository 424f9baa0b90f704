package com.scoutdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.scoutdesk.ui.theme.AppTheme;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Pictures of the window for people to look at: renders a node (or its whole scene) to
 * {@code target/screenshots/NAME.png} and hands back the pixels for a test's assertions. The PNG is written through
 * AWT because javafx-swing is not on the class path. Call from a test thread; the snapshot runs on the FX thread.
 */
public final class Shots {

    public static final Path DIR = Path.of("target", "screenshots");

    private Shots() {
    }

    /** The node's whole scene, as the scout sees the window. */
    public static WritableImage scene(Node node, String name) throws IOException {
        return write(FxTestSupport.onFx(() -> node.getScene().snapshot(null)), name);
    }

    /** The node alone. */
    public static WritableImage node(Node node, String name) throws IOException {
        return write(FxTestSupport.onFx(() -> node.snapshot(null, null)), name);
    }

    /**
     * The node in the light and the dark theme ({@code name-light.png}, {@code name-dark.png}), switching the
     * window's theme under it and back: every dialog and page is seen in both without driving it twice. Asserts the
     * dark shot is darker, so a theme that did not apply fails.
     *
     * @param wholeScene the node's whole scene (a dialog with its buttons), or the node alone
     */
    public static void inBothThemes(Node node, String name, boolean wholeScene) throws IOException {
        String before = FxTestSupport.onFx(Application::getUserAgentStylesheet);
        try {
            WritableImage light = themed(node, AppTheme.LIGHT, name, wholeScene);
            WritableImage dark = themed(node, AppTheme.DARK, name, wholeScene);
            assertThat(meanBrightness(dark)).as("%s: the dark shot is darker than the light one", name)
                    .isLessThan(meanBrightness(light));
        } finally {
            FxTestSupport.onFx(() -> {
                Application.setUserAgentStylesheet(before);
                return null;
            });
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    private static WritableImage themed(Node node, AppTheme theme, String name, boolean wholeScene)
            throws IOException {
        FxTestSupport.onFx(() -> {
            Application.setUserAgentStylesheet(theme.userAgentStylesheet());
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents(3);
        String file = name + "-" + theme.id();
        if (wholeScene) {
            return scene(node, file);
        }
        // A node alone has no background of its own: paint the theme's, as the window behind it would.
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(Color.web(theme.isDark() ? "#0d1117" : "#ffffff"));
        return write(FxTestSupport.onFx(() -> node.snapshot(params, null)), file);
    }

    private static WritableImage write(WritableImage image, String name) throws IOException {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage png = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                png.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        Files.createDirectories(DIR);
        ImageIO.write(png, "png", DIR.resolve(name + ".png").toFile());
        return image;
    }

    /** The mean brightness (0 black .. 1 white) of every fourth pixel each way: tells a dark shot from a light one. */
    public static double meanBrightness(WritableImage shot) {
        PixelReader pixels = shot.getPixelReader();
        double sum = 0;
        int count = 0;
        for (int y = 0; y < shot.getHeight(); y += 4) {
            for (int x = 0; x < shot.getWidth(); x += 4) {
                sum += pixels.getColor(x, y).getBrightness();
                count++;
            }
        }
        return sum / count;
    }
}
