package com.scoutdesk.credentials;

/** How a credential appears on screen: never a secret, at most the last 4 characters of an identifier. */
public final class Masked {

    private static final String DOTS = "\u2022\u2022\u2022\u2022";

    private Masked() {
    }

    /**
     * Secrets show as dots alone; identifiers of 12 characters or more also show their last 4, so the scout can tell
     * which app or account is set without the screen giving most of it away.
     */
    public static String of(CredentialKey key, String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        if (key.isSecret() || value.length() < 12) {
            return DOTS;
        }
        return DOTS + value.substring(value.length() - 4);
    }
}
