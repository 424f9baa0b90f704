package com.scoutdesk.tracking;

import java.net.URI;

/** The Chartmetric page a scout may note for a playlist: only a chartmetric.com link over http(s) is taken. */
public final class ChartmetricLink {

    private ChartmetricLink() {
    }

    /** @return the link, or null when none was given */
    public static String check(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            URI uri = URI.create(url.strip());
            if (uri.getHost() != null && uri.getHost().endsWith("chartmetric.com")
                    && ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
                return uri.toString();
            }
        } catch (IllegalArgumentException e) {
            // falls through to the message below
        }
        throw new IllegalArgumentException("'" + url + "' is not a Chartmetric link; expected e.g. "
                + "https://app.chartmetric.com/playlist/spotify/12345");
    }
}
