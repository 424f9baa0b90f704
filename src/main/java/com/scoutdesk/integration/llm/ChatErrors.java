package com.scoutdesk.integration.llm;

import com.scoutdesk.integration.common.BadCredentialsException;
import com.scoutdesk.integration.common.ClientErrorException;
import com.scoutdesk.integration.common.Provider;
import com.scoutdesk.integration.common.ProviderException;

/**
 * Says what a non-2xx answer of a chat endpoint means. 429 and 5xx never arrive here: ProviderHttp turns them into
 * RateLimitedException and ServerErrorException.
 */
final class ChatErrors {

    static final String CHECK_KEY = "check LLM_API_KEY (scoutdesk credentials set llm), or remove it for an endpoint"
            + " that wants none";
    private static final Provider LLM = Provider.LANGUAGE_MODEL;

    private ChatErrors() {
    }

    /**
     * @param body what the endpoint said, if anything; anything matching the API key is cut out, should the endpoint
     *             ever echo it
     */
    static ProviderException forAnswer(int status, String body, ChatConfig config) {
        String said = ChatJson.redact(ChatJson.errorMessage(body).orElseGet(() -> ChatJson.abbreviate(body, null)),
                config.apiKey());
        String detail = "HTTP " + status + (said.isEmpty() ? "" : ": " + said);
        if (status == 401 || status == 403) {
            return new BadCredentialsException(LLM, detail + "; " + (config.hasApiKey() ? CHECK_KEY
                    : "the endpoint wants an API key: set LLM_API_KEY (scoutdesk credentials set llm)"));
        }
        if (status == 404) {
            return new ClientErrorException(LLM, status, "the model '" + config.model() + "' or the endpoint "
                    + config.completionsUrl() + " is not there (" + (said.isEmpty() ? "no details" : said)
                    + "); check the address and the model's name (for Ollama: ollama pull " + config.model() + ")");
        }
        return new ClientErrorException(LLM, status, said.isEmpty() ? "no details" : said);
    }
}
