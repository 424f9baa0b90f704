package com.scoutdesk.model.id;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * International Standard Recording Code (ISO 3901): identifies one recording (not the song), as found in label copy,
 * distributor reports and streaming metadata.
 *
 * <p>Canonical form is 12 characters, e.g. {@code USUM71703861}: a 2-letter country code, a 3-character registrant
 * code, a 2-digit year of reference and a 5-digit designation code. ISRCs have no check digit.
 */
public final class Isrc {

    private static final String KIND = "ISRC";
    private static final int LENGTH = 12;
    private static final Pattern PREFIX = Pattern.compile("^ISRC(\\s*:\\s*|\\s+)?", Pattern.CASE_INSENSITIVE);
    // Also the Unicode dashes and no-break space that word processors put into pasted label copy.
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u00A0\\u2010-\\u2015-]+");
    private static final Pattern LETTERS = Pattern.compile("[A-Z]+");
    private static final Pattern LETTERS_OR_DIGITS = Pattern.compile("[A-Z0-9]+");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");

    private final String value;

    private Isrc(String value) {
        this.value = value;
    }

    /**
     * Reads an ISRC as people write it: surrounding spaces, an optional {@code ISRC}/{@code ISRC:} prefix, hyphens
     * and spaces between the parts and any letter case are accepted.
     *
     * @throws InvalidIdentifierException if the input is not an ISRC; the message says which part is wrong
     */
    public static Isrc parse(String input) {
        if (input == null || input.isBlank()) {
            throw new InvalidIdentifierException(KIND, input, "enter the 12-character code, e.g. USUM71703861");
        }
        String code = SEPARATORS.matcher(withoutPrefix(input.strip())).replaceAll("").toUpperCase(Locale.ROOT);
        if (code.isEmpty()) {
            throw new InvalidIdentifierException(KIND, input,
                    "there is no code after the \"ISRC\" prefix; enter the 12-character code, e.g. USUM71703861");
        }
        int length = code.codePointCount(0, code.length());
        if (length != LENGTH) {
            throw new InvalidIdentifierException(KIND, input, "expected 12 characters (2 letters, 3 letters or digits,"
                    + " 7 digits) after removing hyphens and spaces, found " + length);
        }
        requirePart(input, code.substring(0, 2), LETTERS,
                "the country code \"%s\" must be two letters (e.g. US, GB, DE); check the first two characters");
        requirePart(input, code.substring(2, 5), LETTERS_OR_DIGITS,
                "the registrant code \"%s\" (characters 3 to 5) must be letters or digits");
        requirePart(input, code.substring(5, 7), DIGITS,
                "the year \"%s\" (characters 6 and 7) must be two digits, e.g. 17 for 2017");
        requirePart(input, code.substring(7), DIGITS,
                "the designation code \"%s\" (the last 5 characters) must be digits");
        return new Isrc(code);
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

    private static String withoutPrefix(String text) {
        Matcher prefix = PREFIX.matcher(text);
        if (!prefix.find()) {
            return text;
        }
        // "ISRCA1700001" is itself a valid ISRC (country IS, registrant RCA): without a separator after "ISRC",
        // only treat it as a prefix when the rest is too long to be an ISRC on its own.
        boolean separated = prefix.group(1) != null;
        boolean tooLong = SEPARATORS.matcher(text).replaceAll("").length() > LENGTH;
        boolean nothingElse = prefix.end() == text.length();
        return separated || tooLong || nothingElse ? text.substring(prefix.end()) : text;
    }

    private static void requirePart(String input, String part, Pattern allowed, String problem) {
        if (!allowed.matcher(part).matches()) {
            throw new InvalidIdentifierException(KIND, input, String.format(problem, part));
        }
    }

    /** The 12-character canonical form, e.g. {@code USUM71703861}; use this for storage and comparison. */
    public String value() {
        return value;
    }

    /** The hyphenated form for people, e.g. {@code US-UM7-17-03861}. */
    public String display() {
        return countryCode() + "-" + registrantCode() + "-" + year() + "-" + designation();
    }

    /** ISO 3166 alpha-2 code of the country where the registrant got its code, e.g. {@code US}. */
    public String countryCode() {
        return value.substring(0, 2);
    }

    /** Three letters or digits assigned to the registrant (label or distributor), e.g. {@code UM7}. */
    public String registrantCode() {
        return value.substring(2, 5);
    }

    /** Last two digits of the year the code was assigned (not necessarily the release year), e.g. {@code 17}. */
    public String year() {
        return value.substring(5, 7);
    }

    /** Five-digit number the registrant gave this recording within the year, e.g. {@code 03861}. */
    public String designation() {
        return value.substring(7);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Isrc isrc && value.equals(isrc.value);
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
