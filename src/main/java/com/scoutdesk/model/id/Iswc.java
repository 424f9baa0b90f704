package com.scoutdesk.model.id;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * International Standard Musical Work Code (ISO 15707): identifies a musical work (the song as written), as
 * registered with collecting societies. One ISWC covers all recordings of the work.
 *
 * <p>Canonical form is {@code T} followed by 10 digits, e.g. {@code T0345246801}; the last digit is a check digit.
 * People usually write it as {@code T-034.524.680-1}.
 */
public final class Iswc {

    private static final String KIND = "ISWC";
    private static final int DIGITS = 10;
    private static final Pattern PREFIX = Pattern.compile("^ISWC\\s*:?\\s*", Pattern.CASE_INSENSITIVE);
    // Also the Unicode dashes and no-break space that word processors put into pasted text.
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u00A0\\u2010-\\u2015.-]+");
    private static final Pattern ALL_DIGITS = Pattern.compile("[0-9]*");

    private final String value;

    private Iswc(String value) {
        this.value = value;
    }

    /**
     * Reads an ISWC as people write it: {@code T-034.524.680-1}, {@code T0345246801}, {@code t 034 524 680 1}, with
     * or without an {@code ISWC:} prefix. The check digit must be correct.
     *
     * @throws InvalidIdentifierException if the input is not an ISWC; the message says what is wrong
     */
    public static Iswc parse(String input) {
        if (input == null || input.isBlank()) {
            throw new InvalidIdentifierException(KIND, input, "enter the code, e.g. T-034.524.680-1");
        }
        String code = SEPARATORS.matcher(PREFIX.matcher(input.strip()).replaceFirst(""))
                .replaceAll("")
                .toUpperCase(Locale.ROOT);
        if (code.isEmpty()) {
            throw new InvalidIdentifierException(KIND, input,
                    "there is no code after the \"ISWC\" prefix; enter the code, e.g. T-034.524.680-1");
        }
        if (code.charAt(0) != 'T') {
            String problem = code.length() == DIGITS && ALL_DIGITS.matcher(code).matches()
                    ? "the leading T is missing; ISWCs are written T-DDD.DDD.DDD-C, e.g. T-034.524.680-1"
                    : "an ISWC starts with the letter T, e.g. T-034.524.680-1";
            throw new InvalidIdentifierException(KIND, input, problem);
        }
        String digits = code.substring(1);
        if (!ALL_DIGITS.matcher(digits).matches()) {
            throw new InvalidIdentifierException(KIND, input, "only digits may follow the T (apart from hyphens, dots"
                    + " and spaces), found \"" + firstNonDigit(digits) + "\"");
        }
        if (digits.length() != DIGITS) {
            throw new InvalidIdentifierException(KIND, input, "expected T followed by 10 digits (T-DDD.DDD.DDD-C)"
                    + " after removing hyphens, dots and spaces, found " + digits.length() + " digits");
        }
        int expected = checkDigit(digits.substring(0, DIGITS - 1));
        int actual = digits.charAt(DIGITS - 1) - '0';
        if (actual != expected) {
            throw new InvalidIdentifierException(KIND, input, "the check digit (the last digit) is " + actual
                    + ", but for " + display(digits.substring(0, DIGITS - 1)) + " it must be " + expected
                    + "; check the digits for a typing error");
        }
        return new Iswc(code);
    }

    /** Whether {@link #parse(String)} would accept the input. */
    public static boolean isValid(String input) {
        try {
            parse(input);
            return true;
        } catch (InvalidIdentifierException e) {
            return false;
        }
    }

    /** Check digit over the 9-digit work number; the "T" counts as 1. */
    private static int checkDigit(String workNumber) {
        int sum = 1;
        for (int i = 0; i < workNumber.length(); i++) {
            sum += (i + 1) * (workNumber.charAt(i) - '0');
        }
        return (10 - sum % 10) % 10;
    }

    private static String firstNonDigit(String text) {
        int i = 0;
        while (text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        return new String(Character.toChars(text.codePointAt(i)));
    }

    private static String display(String workNumber) {
        return "T-" + workNumber.substring(0, 3) + "." + workNumber.substring(3, 6) + "." + workNumber.substring(6, 9);
    }

    /** The canonical form, {@code T} and 10 digits, e.g. {@code T0345246801}; use this for storage and comparison. */
    public String value() {
        return value;
    }

    /** The usual written form, e.g. {@code T-034.524.680-1}. */
    public String display() {
        return display(value.substring(1, DIGITS)) + "-" + value.charAt(DIGITS);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Iswc iswc && value.equals(iswc.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** The canonical form, same as {@link #value()}. */
    @Override
    public String toString() {
        return value;
    }
}
