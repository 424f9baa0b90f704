package com.scoutdesk.tracking;

import com.scoutdesk.integration.common.CapabilityStore;
import com.scoutdesk.integration.common.OfflineException;
import com.scoutdesk.integration.common.ProviderException;
import com.scoutdesk.integration.common.UnavailableException;
import com.scoutdesk.model.FetchMethod;
import com.scoutdesk.model.fetch.FetchedPlaylist;
import com.scoutdesk.model.fetch.PlaylistMetadata;
import com.scoutdesk.model.id.SpotifyRef;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tries the playlist sources in order until one serves the playlist. A source refused the capability
 * (403/404 "not allowed") is switched off for a day and the chain moves on; a source that is rate-limited, offline
 * or changed also hands over to the next. When all fail the most telling failure is reported.
 */
public final class SourceChain {

    private static final Logger LOG = LoggerFactory.getLogger(SourceChain.class);
    static final Duration RECHECK = Duration.ofDays(1);

    private final List<PlaylistSource> sources;
    private final CapabilityStore capabilities;
    private final Clock clock;

    public SourceChain(List<PlaylistSource> sources, CapabilityStore capabilities, Clock clock) {
        this.sources = List.copyOf(sources);
        this.capabilities = capabilities;
        this.clock = clock;
    }

    /** The sources that would be tried now, in order. */
    public List<FetchMethod> available(SpotifyRef playlist) {
        return sources.stream().filter(s -> usable(s, playlist)).map(PlaylistSource::method).toList();
    }

    public FetchedPlaylist fetch(SpotifyRef playlist) {
        return run(playlist, s -> s.fetch(playlist));
    }

    public PlaylistMetadata metadata(SpotifyRef playlist) {
        return run(playlist, s -> s.metadata(playlist));
    }

    private <T> T run(SpotifyRef playlist, Function<PlaylistSource, T> call) {
        List<ProviderException> failures = new ArrayList<>();
        for (PlaylistSource source : sources) {
            if (!usable(source, playlist)) {
                continue;
            }
            try {
                return call.apply(source);
            } catch (UnavailableException e) {
                if (e.reason() == UnavailableException.Reason.NOT_ALLOWED) {
                    capabilities.switchOff(capability(source), clock.instant().plus(RECHECK), e.getMessage());
                } else if (e.reason() == UnavailableException.Reason.NOT_FOUND && playlist.isEditorialPlaylist()
                        && source.method() == FetchMethod.WEB_API) {
                    // Since 2024-11-27 the Web API answers 404 for every editorial playlist to new apps.
                    capabilities.switchOff(editorialCapability(source), clock.instant().plus(RECHECK),
                            e.getMessage());
                }
                LOG.info("{} could not serve {}: {}", source.method(), playlist.id(), e.getMessage());
                failures.add(e);
            } catch (ProviderException e) {
                LOG.info("{} failed for {}: {}", source.method(), playlist.id(), e.getMessage());
                failures.add(e);
            }
        }
        if (failures.isEmpty()) {
            throw new NoSourceException("No source can read playlists: configure SPOTIFY_CLIENT_ID and "
                    + "SPOTIFY_CLIENT_SECRET, or let the web player run (CHROMIUM_PATH), or import the tracks "
                    + "by hand.");
        }
        throw mostTelling(playlist, failures);
    }

    /**
     * When the last source tried could not be reached, no earlier "not found" is trusted (the Web API answers 404 for
     * editorial playlists it will not serve, so only the unreachable source could have told): the verdict is "could
     * not be checked (offline)". An earlier "private" or "restricted" still stands; otherwise the last failure does.
     */
    private static ProviderException mostTelling(SpotifyRef playlist, List<ProviderException> failures) {
        ProviderException last = failures.get(failures.size() - 1);
        if (!(last instanceof OfflineException)) {
            return last;
        }
        return failures.stream().filter(f -> f instanceof UnavailableException u
                && (u.reason() == UnavailableException.Reason.PRIVATE
                || u.reason() == UnavailableException.Reason.RESTRICTED)).findFirst()
                .orElseGet(() -> new OfflineException(last.provider(), "Playlist " + playlist.id()
                        + " could not be checked (offline): the " + last.provider().displayName()
                        + " cannot be reached.", last));
    }

    private boolean usable(PlaylistSource source, SpotifyRef playlist) {
        return source.isConfigured() && on(capability(source))
                && (!playlist.isEditorialPlaylist() || on(editorialCapability(source)));
    }

    private boolean on(String capability) {
        return capabilities.offUntil(capability).map(until -> !clock.instant().isBefore(until)).orElse(true);
    }

    private static String capability(PlaylistSource source) {
        return source.method().sourceId() + ".playlists";
    }

    private static String editorialCapability(PlaylistSource source) {
        return source.method().sourceId() + ".editorial-playlists";
    }

    /** No source is configured at all. */
    public static final class NoSourceException extends RuntimeException {
        NoSourceException(String message) {
            super(message);
        }
    }
}
