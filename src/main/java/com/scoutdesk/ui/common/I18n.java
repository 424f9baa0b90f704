package com.scoutdesk.ui.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Looks up the user-facing strings in {@code i18n/messages.properties}. */
public final class I18n {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("i18n.messages");

    private I18n() {
    }

    /** The string for {@code key}; with arguments it is a {@link MessageFormat} pattern. */
    public static String tr(String key, Object... args) {
        String pattern = BUNDLE.getString(key);
        if (args.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern, Locale.getDefault(Locale.Category.FORMAT)).format(args);
    }

    /** Whether {@code key} has a string: for labels of values the code does not know in advance. */
    public static boolean has(String key) {
        return BUNDLE.containsKey(key);
    }
}
