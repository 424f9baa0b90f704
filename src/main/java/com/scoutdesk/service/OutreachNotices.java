package com.scoutdesk.service;

import com.scoutdesk.integration.common.BadCredentialsException;
import com.scoutdesk.integration.common.ChangedShapeException;
import com.scoutdesk.integration.common.ClientErrorException;
import com.scoutdesk.integration.common.OfflineException;
import com.scoutdesk.integration.common.ProviderException;
import com.scoutdesk.integration.common.RateLimitedException;
import com.scoutdesk.integration.common.ServerErrorException;
import com.scoutdesk.integration.llm.ChatConfig;
import com.scoutdesk.service.OutreachResult.Failure;
import java.net.URI;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Says, plainly and one cause apart from another, why the model did not write the brief. */
final class OutreachNotices {

    private static final String OFFLINE_BRIEF = " Here is the offline brief.";
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private OutreachNotices() {
    }

    /** What failed, for a window's icon. */
    static Failure failure(ProviderException e) {
        if (e instanceof OfflineException) {
            return Failure.OFFLINE;
        }
        if (e instanceof RateLimitedException) {
            return Failure.RATE_LIMITED;
        }
        if (e instanceof BadCredentialsException) {
            return Failure.KEY_REFUSED;
        }
        if (e instanceof ClientErrorException c) {
            return c.httpStatus() == 404 ? Failure.NOT_FOUND : Failure.REJECTED;
        }
        if (e instanceof ChangedShapeException) {
            return Failure.CHANGED_SHAPE;
        }
        return e instanceof ServerErrorException ? Failure.SERVER_ERROR : Failure.OTHER;
    }

    /** The notice for the scout; it names the endpoint without any user name or password written into it. */
    static String notice(ProviderException e, ChatConfig config) {
        String where = shown(config.baseUrl());
        String why = switch (failure(e)) {
            case OFFLINE -> "The language model at " + where + " cannot be reached: you may be offline, or it is "
                    + "not running.";
            case RATE_LIMITED -> "The language model at " + where + " is rate-limiting until "
                    + HH_MM.format(((RateLimitedException) e).retryAt().atZone(ZoneId.systemDefault())) + ".";
            case KEY_REFUSED -> config.hasApiKey()
                    ? "The language model at " + where + " refused the API key: set LLM_API_KEY again."
                    : "The language model at " + where + " wants an API key: set LLM_API_KEY.";
            case NOT_FOUND -> "The language model at " + where + " has no model '" + config.model()
                    + "' (or no chat endpoint at that address): check the address and the model's name.";
            case REJECTED -> "The language model at " + where + " rejected the request (HTTP "
                    + ((ClientErrorException) e).httpStatus() + ").";
            case CHANGED_SHAPE -> "The language model at " + where + " answered in a shape ScoutDesk does not know: "
                    + "is it an OpenAI-compatible endpoint?";
            case SERVER_ERROR -> "The language model at " + where + " failed on its side"
                    + (e instanceof ServerErrorException s ? " (HTTP " + s.httpStatus() + ")" : "") + ".";
            case OTHER -> e.getMessage();
        };
        return why + OFFLINE_BRIEF;
    }

    /** The address without its user info ("http://user:secret@host" would print the secret). */
    static String shown(URI uri) {
        String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        return uri.getScheme() + "://" + uri.getHost() + port + path;
    }
}
