package com.scoutdesk.cli;

/**
 * Makes text from third parties (track, artist and playlist names, a source's messages) safe to print on a terminal:
 * control characters are written as visible escapes ({@code \n}, {@code \t}, {@code \x1b}, {@code \u202e}), so a
 * name cannot break a table's line or send an escape sequence to the terminal. CSV output is not terminal output and
 * keeps its values exact.
 */
final class TerminalText {

    private TerminalText() {
    }

    /** The text with every control character escaped; null stays null. */
    static String escape(String text) {
        return escape(text, false);
    }

    /** As {@link #escape(String)}, but line breaks stay: for messages of several lines. */
    static String escapeKeepingLines(String text) {
        return escape(text, true);
    }

    private static String escape(String text, boolean keepLines) {
        if (text == null || text.chars().noneMatch(TerminalText::isControl)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isControl(c) || keepLines && c == '\n') {
                out.append(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c <= 0xFF) {
                out.append(String.format("\\x%02x", (int) c));
            } else {
                out.append(String.format("\\u%04x", (int) c));
            }
        }
        return out.toString();
    }

    /**
     * C0 and C1 controls and DEL, and the Unicode bidirectional controls, which can make a line show in another
     * order than it is (U+200E, U+200F, U+202A-U+202E, U+2066-U+2069).
     */
    static boolean isControl(int c) {
        return c < 0x20 || c >= 0x7F && c <= 0x9F || c == 0x200E || c == 0x200F || c >= 0x202A && c <= 0x202E
                || c >= 0x2066 && c <= 0x2069;
    }
}
