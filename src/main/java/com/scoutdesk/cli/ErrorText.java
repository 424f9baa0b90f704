package com.scoutdesk.cli;

import java.util.regex.Pattern;

/** Turns an exception into words for a person: its deepest message, without Java class names. */
final class ErrorText {

    /** A qualified exception class name, with the ": " that may follow it, e.g. "java.io.IOException: ". */
    private static final Pattern CLASS_NAME = Pattern.compile(
            "\\(?\\b(?:[a-z_$][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error)\\b\\)?(?::\\s*)?");

    private ErrorText() {
    }

    /** The deepest message in the cause chain, without class names; "no details were given" when there is none. */
    static String cause(Throwable ex) {
        String found = null;
        Throwable t = ex;
        for (int depth = 0; t != null && depth < 20; depth++, t = t.getCause()) {
            String message = t.getMessage() == null ? "" : withoutClassNames(t.getMessage());
            if (!message.isBlank()) {
                found = message;
            }
        }
        return found == null ? "no details were given" : stripEnd(found);
    }

    static String withoutClassNames(String message) {
        return CLASS_NAME.matcher(message).replaceAll("").strip();
    }

    private static String stripEnd(String message) {
        return message.endsWith(".") ? message.substring(0, message.length() - 1) : message;
    }
}
