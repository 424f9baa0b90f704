package com.scoutdesk.model.id;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * IPI name number: the 11-digit number collecting societies (CISAC IPI system) give to one name of a songwriter or
 * publisher, e.g. {@code 00819749198}. Used to tell writers with similar names apart and to check whether a writer is
 * registered with a society.
 *
 * <p>Leading zeros are part of the number, so it is kept as text. The last two digits are a mod-101 check. Not to be
 * confused with the IPI <em>base</em> number ({@code I-000000229-7}), which identifies the person or company.
 */
public final class IpiNameNumber {

    private static final String KIND = "IPI name number";
    private static final int LENGTH = 11;
    private static final Pattern PREFIX = Pattern.compile("^IPI\\s*[:#]?\\s*", Pattern.CASE_INSENSITIVE);
    // Also the Unicode dashes and no-break space that word processors put into pasted text.
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u00A0\\u2010-\\u2015.-]+");
    private static final Pattern ALL_DIGITS = Pattern.compile("[0-9]*");
    private static final Pattern BASE_NUMBER = Pattern.compile("I[0-9]{10}", Pattern.CASE_INSENSITIVE);

    private final String value;

    private IpiNameNumber(String value) {
        this.value = value;
    }

    /**
     * Reads an IPI name number; spaces, dots, hyphens and an {@code IPI}/{@code IPI:} prefix are ignored. Exactly 11
     * digits are required (no padding is guessed) and the check digits must be correct.
     *
     * @throws InvalidIdentifierException if the input is not an IPI name number; the message says what is wrong
     */
    public static IpiNameNumber parse(String input) {
        if (input == null || input.isBlank()) {
            throw new InvalidIdentifierException(KIND, input, "enter the 11-digit number, e.g. 00819749198");
        }
        String number = SEPARATORS.matcher(PREFIX.matcher(input.strip()).replaceFirst("")).replaceAll("");
        if (number.isEmpty()) {
            throw new InvalidIdentifierException(KIND, input,
                    "there is no number after the \"IPI\" prefix; enter the 11-digit number, e.g. 00819749198");
        }
        if (BASE_NUMBER.matcher(number).matches()) {
            throw new InvalidIdentifierException(KIND, input, "this looks like an IPI base number (I-DDDDDDDDD-D);"
                    + " enter the 11-digit IPI name number instead, e.g. 00819749198");
        }
        if (!ALL_DIGITS.matcher(number).matches()) {
            throw new InvalidIdentifierException(KIND, input,
                    "IPI name numbers contain only digits, found \"" + firstNonDigit(number) + "\"");
        }
        if (number.length() != LENGTH) {
            throw new InvalidIdentifierException(KIND, input, "IPI name numbers are 11 digits and leading zeros count,"
                    + " found " + number.length() + " digits; if a spreadsheet dropped the leading zeros, add them"
                    + " back");
        }
        String expected = checkDigits(number.substring(0, LENGTH - 2));
        String actual = number.substring(LENGTH - 2);
        if (!actual.equals(expected)) {
            throw new InvalidIdentifierException(KIND, input, "the check digits (the last two) are " + actual
                    + ", but for " + number.substring(0, LENGTH - 2) + " they must be " + expected
                    + "; check the digits for a typing error");
        }
        return new IpiNameNumber(number);
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

    /** Mod-101 check over the first 9 digits, weighted 10 down to 2, written as two digits. */
    private static String checkDigits(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < nineDigits.length(); i++) {
            sum += (nineDigits.charAt(i) - '0') * (10 - i);
        }
        int check = sum % 101;
        if (check != 0) {
            // A remainder of 1 gives 100, which does not fit in two digits; it is written as 00.
            check = (101 - check) % 100;
        }
        return String.format(Locale.ROOT, "%02d", check);
    }

    private static String firstNonDigit(String text) {
        int i = 0;
        while (text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        return new String(Character.toChars(text.codePointAt(i)));
    }

    /** The 11 digits, leading zeros included, e.g. {@code 00819749198}. */
    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IpiNameNumber ipi && value.equals(ipi.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** The 11 digits, same as {@link #value()}. */
    @Override
    public String toString() {
        return value;
    }
}
