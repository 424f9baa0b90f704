package com.scoutdesk.service;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Checks and tidies what a scout typed for a contact before anything is written; a value that cannot be right is an
 * {@link InvalidInputException} that names it and says what would do. The lengths are the columns'.
 */
final class ContactInput {

    static final int MAX_NAME = 300;
    static final int MAX_EMAIL = 300;
    static final int MAX_PHONE = 60;
    static final int MAX_URL = 500;
    static final int MAX_NOTES = 4000;

    /**
     * One @, something on each side and a dot in the domain, no spaces: enough to catch a typo or a name pasted in
     * the wrong box. Only a mail server can say whether an address really exists.
     */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");
    /** Digits with the usual separators and an optional leading +. */
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()./-]*[0-9]");

    private ContactInput() {
    }

    static String displayName(String text) {
        String name = optional(text);
        if (name == null || name.length() > MAX_NAME) {
            throw new InvalidInputException("contact name", "A contact needs a name of 1 to " + MAX_NAME
                    + " characters" + (name == null ? "." : "; this one has " + name.length() + "."), null);
        }
        return name;
    }

    static String email(String text) {
        String email = optional(text);
        if (email != null && (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches())) {
            throw new InvalidInputException("email", "'" + email + "' does not look like an email address. Enter "
                    + "one like name@example.com, or leave it empty.", null);
        }
        return email;
    }

    static String phone(String text) {
        String phone = optional(text);
        if (phone != null && (phone.length() > MAX_PHONE || !PHONE.matcher(phone).matches())) {
            throw new InvalidInputException("phone", "'" + phone + "' does not look like a phone number. Enter the "
                    + "digits, with a leading + for the country code if needed (e.g. +44 20 7946 0958), or leave it "
                    + "empty.", null);
        }
        return phone;
    }

    static String instagramUrl(String text) {
        return profileUrl(text, ContactCheck.INSTAGRAM, "(www\\.)?instagram\\.com", "an Instagram page",
                "https://www.instagram.com/name");
    }

    static String xUrl(String text) {
        return profileUrl(text, ContactCheck.X, "(www\\.|mobile\\.)?(x|twitter)\\.com", "an X (Twitter) profile",
                "https://x.com/name");
    }

    static String tiktokUrl(String text) {
        return profileUrl(text, ContactCheck.TIKTOK, "(www\\.|m\\.)?tiktok\\.com", "a TikTok profile",
                "https://www.tiktok.com/@name");
    }

    /** A web address on one of the site's hosts, kept as typed (stripped); null for none. */
    private static String profileUrl(String text, String input, String hosts, String what, String example) {
        String url = optional(text);
        if (url == null) {
            return null;
        }
        String host = null;
        try {
            URI uri = new URI(url);
            host = "https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme())
                    ? uri.getHost() : null;
        } catch (URISyntaxException notAUri) {
            // refused below
        }
        if (url.length() > MAX_URL || host == null
                || !host.toLowerCase(Locale.ROOT).matches(hosts)) {
            throw new InvalidInputException(input, "'" + url + "' is not a link to " + what + ". "
                    + "Copy the profile's address (e.g. " + example + "), or leave it empty.", null);
        }
        return url;
    }

    static String notes(String text) {
        String notes = optional(text);
        if (notes != null && notes.length() > MAX_NOTES) {
            throw new InvalidInputException("contact notes", "Notes can be at most " + MAX_NOTES + " characters "
                    + "long; these have " + notes.length() + ".", null);
        }
        return notes;
    }

    /** Stripped text; null for none or blank. */
    private static String optional(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
