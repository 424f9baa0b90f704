package com.scoutdesk.service.export;

import java.util.regex.Pattern;

/**
 * Protects spreadsheet users against CSV (formula) injection, following the OWASP guidance.
 *
 * <p>A cell whose text starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return may be run as
 * a formula by Excel, LibreOffice or Google Sheets. Such text gets a leading single quote {@code '}, which makes the
 * spreadsheet treat it as text; the rest of the text is kept as it was.
 *
 * <p>The check works on text, so it cannot tell that the string {@code "-5"} was meant as a number: it becomes
 * {@code '-5}. Values that really are numbers should be passed to {@link CsvWriter#writeRow} as
 * {@link Number} objects, which stay numbers.
 */
public final class FormulaGuard {

    /** Prefix that makes a spreadsheet show the rest of the cell as text. */
    public static final char TEXT_PREFIX = '\'';

    // What Number.toString gives for ordinary numbers; "-Infinity", "NaN" or an odd Number subclass do not match.
    private static final Pattern NUMERIC_LITERAL = Pattern.compile("-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?");

    private FormulaGuard() {
    }

    /**
     * Whether a spreadsheet might interpret the text as a formula.
     *
     * @return true if {@code text} starts with {@code = + - @}, tab or carriage return; false for null or empty text
     */
    public static boolean isDangerous(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> true;
            default -> false;
        };
    }

    /**
     * The text made safe for a spreadsheet.
     *
     * @return {@code text} with a leading {@code '} if it {@linkplain #isDangerous is dangerous}, otherwise
     *         {@code text} itself (including null)
     */
    public static String neutralise(String text) {
        return needsPrefix(text) ? TEXT_PREFIX + text : text;
    }

    /**
     * The text a cell held before {@link #neutralise} (for a file that comes back, such as an edited lead list):
     * {@code restore(neutralise(t))} is {@code t} for every text. Text that already starts with {@code '} followed
     * by a dangerous character is prefixed once more on the way out, so that the one prefix taken off here is
     * always the one added there. A cell a spreadsheet saved as {@code =1+1} (it drops the prefix) stays as it is.
     */
    public static String restore(String text) {
        return text != null && text.length() > 1 && text.charAt(0) == TEXT_PREFIX && needsPrefix(text.substring(1))
                ? text.substring(1) : text;
    }

    private static boolean needsPrefix(String text) {
        int i = 0;
        while (text != null && i < text.length() && text.charAt(i) == TEXT_PREFIX) {
            i++;
        }
        return text != null && isDangerous(text.substring(i));
    }

    /** Whether a number's text is a plain numeric literal that a spreadsheet reads as a number, not a formula. */
    static boolean isNumericLiteral(String text) {
        return NUMERIC_LITERAL.matcher(text).matches();
    }
}
