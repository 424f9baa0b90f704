package com.scoutdesk.service;

import com.scoutdesk.integration.common.ProviderException;
import com.scoutdesk.integration.llm.ChatClient;
import com.scoutdesk.integration.llm.ChatConfig;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outreach brief of a track (issue 15): always built offline from the workspace, and written by a language model
 * when the scout has set an OpenAI-compatible endpoint, streamed as it is written and cancellable; when the model
 * fails, the offline brief with a notice that says why. Without an endpoint nothing is sent anywhere.
 *
 * <p>Both calls read the workspace and {@link #write} waits on the network: call them off the FX thread.
 */
public final class OutreachService {

    private static final Logger LOG = LoggerFactory.getLogger(OutreachService.class);

    private final TrackService tracks;
    private final TrackHistoryService history;
    private final OutreachSettings settings;
    private final Function<ChatConfig, ChatClient> clients;
    /** One client per configuration, so its rate limiter sees every brief; replaced when Settings change. */
    private ChatClient client;

    public OutreachService(TrackService tracks, TrackHistoryService history, OutreachSettings settings) {
        this(tracks, history, settings, ChatClient::new);
    }

    /** @param clients makes the chat client for a configuration (tests point it at a fake with fast retries) */
    public OutreachService(TrackService tracks, TrackHistoryService history, OutreachSettings settings,
                           Function<ChatConfig, ChatClient> clients) {
        this.tracks = Objects.requireNonNull(tracks, "tracks");
        this.history = Objects.requireNonNull(history, "history");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clients = Objects.requireNonNull(clients, "clients");
    }

    /** The endpoint and model, as Settings shows and changes them. */
    public OutreachSettings settings() {
        return settings;
    }

    /**
     * The brief built from what the workspace holds; no network.
     *
     * @throws NotFoundException for a track number the workspace does not hold
     */
    public OutreachBrief offlineBrief(long trackId) {
        return build(trackId).brief();
    }

    /**
     * The brief as the scout should get it. Without an endpoint, the offline brief at once and no request at all.
     * With one, the model's text streams to {@code listener} as it is written; if the model fails on the way (even
     * after some text arrived), the offline brief with a notice naming the cause.
     *
     * @param cancelled checked while the model writes; once true the connection is dropped promptly
     * @throws CancellationException when {@code cancelled} turned true: no brief, and nothing to tell the scout
     * @throws NotFoundException     for a track number the workspace does not hold
     */
    public OutreachResult write(long trackId, OutreachListener listener, BooleanSupplier cancelled) {
        Objects.requireNonNull(listener, "listener");
        Objects.requireNonNull(cancelled, "cancelled");
        OutreachBriefs.Built built = build(trackId);
        var config = settings.chatConfig();
        if (config.isEmpty()) {
            return OutreachResult.noEndpoint(built.brief());
        }
        try {
            String text = client(config.get()).stream(OutreachPrompt.of(built), listener::onText, cancelled);
            return OutreachResult.written(built.brief(), text.strip());
        } catch (CancellationException e) {
            throw e;
        } catch (ProviderException e) {
            LOG.info("The language model did not write the brief of track {}; the offline brief is given: {}", trackId,
                    e.getMessage());
            return OutreachResult.failed(built.brief(), OutreachNotices.failure(e),
                    OutreachNotices.notice(e, config.get()));
        }
    }

    private OutreachBriefs.Built build(long trackId) {
        return OutreachBriefs.build(tracks.details(trackId), history.history(trackId));
    }

    private synchronized ChatClient client(ChatConfig config) {
        if (client == null || !client.config().equals(config)) {
            client = clients.apply(config);
        }
        return client;
    }
}
