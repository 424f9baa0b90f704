package com.scoutdesk.persistence;

import java.util.regex.Pattern;

/**
 * Masks the secrets a JDBC URL may carry, so that it can be logged and shown: a password parameter
 * ({@code ?user=u&password=secret}, {@code ;PASSWORD=secret}) and the password in {@code //user:secret@host}.
 */
public final class JdbcUrls {

    private static final String MASK = "****";
    private static final Pattern SECRET_PARAMETER = Pattern.compile("(?i)([?&;]\\s*(?:password|passwd|pwd|"
            + "sslpassword|secret|token|access_?token|api_?key)\\s*=)[^&;]*");
    private static final Pattern USER_INFO_PASSWORD = Pattern.compile("(//[^/@:?;]*:)[^/@?;]*@");

    private JdbcUrls() {
    }

    /** The URL with every password and token replaced by {@code ****}; null stays null. */
    public static String redact(String jdbcUrl) {
        if (jdbcUrl == null) {
            return null;
        }
        String masked = SECRET_PARAMETER.matcher(jdbcUrl).replaceAll("$1" + MASK);
        return USER_INFO_PASSWORD.matcher(masked).replaceAll("$1" + MASK + "@");
    }
}
