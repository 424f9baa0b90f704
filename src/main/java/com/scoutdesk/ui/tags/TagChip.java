package com.scoutdesk.ui.tags;

import javafx.scene.control.Label;
import javafx.scene.paint.Color;

/**
 * A tag drawn as a rounded chip in its colour, with dark or light text, whichever reads better on it; a tag with no
 * colour is a grey outline chip.
 */
public final class TagChip {

    private TagChip() {
    }

    /** @param color {@code #rrggbb}, or null for none */
    public static Label of(String name, String color) {
        Label chip = new Label();
        chip.getStyleClass().add("tag-chip");
        paint(chip, name, color);
        return chip;
    }

    /** Shows another tag on a chip made by {@link #of}: recycled cells repaint their chips rather than make new. */
    static void paint(Label chip, String name, String color) {
        chip.setText(name);
        if (color != null) {
            chip.getStyleClass().remove("tag-chip-plain");
            chip.setStyle("-fx-background-color: " + color + "; -fx-text-fill: " + textOn(color) + ";");
        } else {
            chip.setStyle(null);
            if (!chip.getStyleClass().contains("tag-chip-plain")) {
                chip.getStyleClass().add("tag-chip-plain");
            }
        }
    }

    /** Black or white, whichever contrasts more with the colour (by its relative luminance). */
    static String textOn(String color) {
        Color c = Color.web(color);
        double luminance = 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
        return luminance > 0.179 ? "#000000" : "#ffffff";
    }

    private static double linear(double channel) {
        return channel <= 0.04045 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }
}
