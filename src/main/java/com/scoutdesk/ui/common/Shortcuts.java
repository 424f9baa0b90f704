package com.scoutdesk.ui.common;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * The window's keyboard shortcuts that are key combinations, in one place: the views match key presses against these,
 * and the Help sheet lists them, so the sheet cannot name a shortcut the window does not have. Shortcut is Ctrl on
 * Linux and Windows and Cmd on macOS.
 */
public final class Shortcuts {

    public static final KeyCombination SEARCH = shortcut(KeyCode.F);
    public static final KeyCombination UNDO = shortcut(KeyCode.Z);
    public static final KeyCombination EXPORT = shortcut(KeyCode.E);
    public static final KeyCombination RE_ENRICH = shortcut(KeyCode.R);
    public static final KeyCombination SELECT_ALL = shortcut(KeyCode.A);
    public static final KeyCombination HELP = new KeyCodeCombination(KeyCode.F1);

    private Shortcuts() {
    }

    /** Shortcut+{@code number}: the window's pages, from anywhere in the window. */
    public static KeyCombination page(int number) {
        return new KeyCodeCombination(digit(number), KeyCombination.SHORTCUT_DOWN);
    }

    /** Shortcut+Shift+{@code number}: the dashboard's views (table, cards, kanban). */
    public static KeyCombination view(int number) {
        return new KeyCodeCombination(digit(number), KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    }

    private static KeyCode digit(int number) {
        if (number < 0 || number > 9) {
            throw new IllegalArgumentException("not a digit: " + number);
        }
        return KeyCode.valueOf("DIGIT" + number);
    }

    private static KeyCombination shortcut(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
    }
}
