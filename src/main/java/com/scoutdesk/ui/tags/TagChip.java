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
        Label chip = new Label(name);
        chip.getStyleClass().add("tag-chip");
        if (color != null) {
            chip.setStyle("-fx-background-color: " + color + "; -fx-text-fill: " + textOn(color) + ";");
        } else {
            chip.getStyleClass().add("tag-chip-plain");
        }
        return chip;
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
