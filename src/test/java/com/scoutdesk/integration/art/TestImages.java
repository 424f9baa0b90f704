package com.scoutdesk.integration.art;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Small real images for fake image hosts: a JPEG and a PNG drawn with AWT, so any decoder can read them. */
public final class TestImages {

    private TestImages() {
    }

    public static byte[] jpeg() {
        return jpeg(new Color(0xE0, 0x5A, 0x2B));
    }

    /** A 64 x 64 JPEG of one colour with a white square in the middle. */
    public static byte[] jpeg(Color colour) {
        return encode(colour, "jpg", BufferedImage.TYPE_INT_RGB);
    }

    public static byte[] png() {
        return encode(new Color(0x2B, 0x7A, 0xE0), "png", BufferedImage.TYPE_INT_ARGB);
    }

    private static byte[] encode(Color colour, String format, int type) {
        BufferedImage image = new BufferedImage(64, 64, type);
        Graphics2D g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, 64, 64);
        g.setColor(Color.WHITE);
        g.fillRect(24, 24, 16, 16);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
