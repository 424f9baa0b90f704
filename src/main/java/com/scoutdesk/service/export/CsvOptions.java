package com.scoutdesk.service.export;

/**
 * Settings for a {@link CsvWriter}.
 *
 * <p>The line separator is not configurable: every export uses CRLF, as RFC 4180 requires.
 *
 * @param byteOrderMark      write a UTF-8 byte order mark first, so Excel detects UTF-8 instead of the ANSI code page
 * @param neutraliseFormulas prefix text cells that a spreadsheet would run as a formula (see {@link FormulaGuard})
 */
public record CsvOptions(boolean byteOrderMark, boolean neutraliseFormulas) {

    /** The record separator of every export (RFC 4180). */
    public static final String LINE_SEPARATOR = "\r\n";

    /** No byte order mark, formulas neutralised. */
    public static CsvOptions defaults() {
        return new CsvOptions(false, true);
    }

    /** Byte order mark for Excel, formulas neutralised. */
    public static CsvOptions excel() {
        return new CsvOptions(true, true);
    }

    /** A copy of these options with the byte order mark switched on or off. */
    public CsvOptions withByteOrderMark(boolean enabled) {
        return new CsvOptions(enabled, neutraliseFormulas);
    }

    /** A copy of these options with formula neutralisation switched on or off. */
    public CsvOptions withNeutraliseFormulas(boolean enabled) {
        return new CsvOptions(byteOrderMark, enabled);
    }

    /** Always {@value #LINE_SEPARATOR}. */
    public String lineSeparator() {
        return LINE_SEPARATOR;
    }
}
