package com.scoutdesk.app;

import com.scoutdesk.app.config.ConfigKey;
import com.scoutdesk.app.config.ScoutDeskConfig;
import com.scoutdesk.integration.musicbrainz.MusicBrainzClient;
import com.scoutdesk.integration.musicbrainz.MusicBrainzConfig;
import java.net.URI;
import java.util.Optional;

/**
 * The MusicBrainz tier from the configuration. MusicBrainz needs no credentials, so the tier is on unless
 * MUSICBRAINZ_URL is set empty; its one client (and so its one 1-request-a-second limiter) is made here for the
 * workspace.
 */
final class MusicBrainzSetup {

    private MusicBrainzSetup() {
    }

    /** The client for MUSICBRAINZ_URL, introducing itself with MUSICBRAINZ_CONTACT. */
    static MusicBrainzClient client(ScoutDeskConfig config) {
        String contact = config.get(ConfigKey.MUSICBRAINZ_CONTACT);
        // MusicBrainz wants some contact; a blank setting falls back to the project's page rather than failing.
        return new MusicBrainzClient(MusicBrainzConfig.of(contact == null || contact.isBlank()
                        ? ConfigKey.MUSICBRAINZ_CONTACT.defaultValue() : contact)
                .withBaseUrl(URI.create(config.get(ConfigKey.MUSICBRAINZ_URL))));
    }

    /** The client, unless MUSICBRAINZ_URL is set empty. */
    static Optional<MusicBrainzClient> configuredClient(ScoutDeskConfig config) {
        return config.isSet(ConfigKey.MUSICBRAINZ_URL) ? Optional.of(client(config)) : Optional.empty();
    }

    /** The requests a second the client allows itself: MusicBrainz's published one. */
    static int requestsPerSecond() {
        return MusicBrainzConfig.of(ConfigKey.MUSICBRAINZ_CONTACT.defaultValue()).http().permitsPerWindow();
    }
}
