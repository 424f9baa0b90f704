package com.scoutdesk.integration.llm;

import static org.assertj.core.api.Assertions.assertThat;

import com.scoutdesk.testing.SecretWitness;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The API key travels in a header, and an endpoint may echo it back: every outcome is provoked at DEBUG, and every
 * log line, every message of every exception's cause chain and the config's toString are searched for it.
 */
class ChatKeyHygieneTest {

    private static final String KEY = "sk-proj-hygiene-key-that-must-never-leak-77";
    private static final ChatPrompt PROMPT = new ChatPrompt("system", "user");

    @RegisterExtension
    final SecretWitness witness = new SecretWitness();
    private final ChatFake fake = ChatFake.start();

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void theKeyIsInNoLogLineExceptionOrConfigText() {
        ChatClient client = new ChatClient(fake.config(KEY));
        client.stream(PROMPT, piece -> { }, () -> false);

        String echo = "{\"error\":{\"message\":\"Incorrect API key provided: " + KEY + "\"}}";
        fake.answers(401, "application/json", echo, Map.of());
        witness.provoke(() -> client.stream(PROMPT, piece -> { }, () -> false));
        fake.answers(400, "application/json", echo, Map.of());
        witness.provoke(() -> client.stream(PROMPT, piece -> { }, () -> false));
        fake.answers(404, "text/plain", "no route for key " + KEY, Map.of());
        witness.provoke(() -> client.stream(PROMPT, piece -> { }, () -> false));
        fake.answers(200, "text/event-stream", "data: not json " + KEY + "\n\n", Map.of());
        witness.provoke(() -> client.stream(PROMPT, piece -> { }, () -> false));
        fake.answers(200, "application/json", "{\"echo\":\"" + KEY + "\"}", Map.of());
        witness.provoke(() -> client.stream(PROMPT, piece -> { }, () -> false));
        fake.serverError();
        witness.provoke(() -> client.stream(PROMPT, piece -> { }, () -> false));
        fake.rateLimited(Duration.ofMinutes(5));
        witness.provoke(() -> client.stream(PROMPT, piece -> { }, () -> false));
        ChatConfig closed = fake.config(KEY);
        fake.close();
        witness.provoke(() -> new ChatClient(closed).stream(PROMPT, piece -> { }, () -> false));
        witness.saw(fake.config(KEY).toString());

        assertThat(witness.logLines()).as("DEBUG logging did capture the requests")
                .anyMatch(line -> line.contains("/v1/chat/completions"));
        assertThat(witness.all()).isNotEmpty().noneMatch(text -> text.contains(KEY));
    }
}
