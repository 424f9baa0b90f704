package com.scoutdesk.testing;

import java.util.HashMap;
import java.util.Map;

/**
 * The environment a test hands the real program: MusicBrainz needs no credentials, so it is on wherever the program
 * runs, and a test that does not aim it at a fake would ask the real musicbrainz.org. Here it is off unless the test
 * sets it.
 */
public final class TestEnvironment {

    public static final String MUSICBRAINZ_URL = "SCOUTDESK_MUSICBRAINZ_URL";

    private TestEnvironment() {
    }

    /** {@code env} with MusicBrainz switched off (an empty URL) unless it names one. */
    public static Map<String, String> withoutRealSources(Map<String, String> env) {
        Map<String, String> safe = new HashMap<>(env);
        safe.putIfAbsent(MUSICBRAINZ_URL, "");
        return safe;
    }
}
