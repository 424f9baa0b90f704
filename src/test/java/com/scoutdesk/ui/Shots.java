package com.scoutdesk.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

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
