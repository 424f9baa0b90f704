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
        return isDangerous(text) ? TEXT_PREFIX + text : text;
    }

    /** Whether a number's text is a plain numeric literal that a spreadsheet reads as a number, not a formula. */
    static boolean isNumericLiteral(String text) {
        return NUMERIC_LITERAL.matcher(text).matches();
    }
}
