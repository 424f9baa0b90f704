package com.scoutdesk.integration.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.scoutdesk.integration.common.BadCredentialsException;
import com.scoutdesk.integration.common.ChangedShapeException;
import com.scoutdesk.integration.common.ClientErrorException;
import com.scoutdesk.integration.common.OfflineException;
import com.scoutdesk.integration.common.RateLimitedException;
import com.scoutdesk.integration.common.ServerErrorException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The chat client against a fake OpenAI-compatible endpoint speaking the real streamed shapes. */
class ChatClientTest {

    private static final String KEY = "sk-test-key-that-must-never-leak-1234";
    private static final ChatPrompt PROMPT = new ChatPrompt("You write outreach briefs.", "Track: Neon Hearts");

    private final ChatFake fake = ChatFake.start();
    private final List<String> pieces = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void streamedPiecesArriveInOrderAndAddUpToTheAnswer() {
        fake.streams("Hel", "lo", " world");

        String answer = new ChatClient(fake.config(null)).stream(PROMPT, pieces::add, () -> false);

        assertThat(pieces).containsExactly("Hel", "lo", " world");
        assertThat(answer).isEqualTo("Hello world");
    }

    @Test
    void theRequestNamesTheModelBothMessagesAndAsksForAStream() {
        new ChatClient(fake.config(null)).stream(PROMPT, pieces::add, () -> false);

        ChatFake.Recorded request = fake.requests().get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/v1/chat/completions");
        assertThat(request.header("Content-Type")).contains("application/json");
        assertThat(request.json().path("model").asText()).isEqualTo(ChatFake.MODEL);
        assertThat(request.json().path("stream").asBoolean()).isTrue();
        assertThat(request.json().path("messages").findValuesAsText("role")).containsExactly("system", "user");
        assertThat(request.json().path("messages").findValuesAsText("content"))
                .containsExactly("You write outreach briefs.", "Track: Neon Hearts");
    }

    @Test
    void theKeyIsSentAsABearerTokenOnlyWhenThereIsOne() {
        new ChatClient(fake.config(null)).stream(PROMPT, pieces::add, () -> false);
        new ChatClient(fake.config(KEY)).stream(PROMPT, pieces::add, () -> false);

        assertThat(fake.requests().get(0).header("Authorization")).isEmpty();
        assertThat(fake.requests().get(1).header("Authorization")).contains("Bearer " + KEY);
        assertThat(fake.config(KEY).toString()).doesNotContain(KEY).contains("apiKey=***");
    }

    @Test
    void aBaseWithoutV1GetsItAddedAndOneWithV1KeepsIt() {
        URI root = URI.create(fake.baseUrl().toString().replace("/v1", ""));
        new ChatClient(fake.config(null).withBaseUrl(root)).stream(PROMPT, pieces::add, () -> false);

        assertThat(fake.requests().get(0).path()).isEqualTo("/v1/chat/completions");
        assertThat(ChatConfig.of(URI.create("http://localhost:11434/v1/"), "m", null).completionsUrl())
                .hasToString("http://localhost:11434/v1/chat/completions");
        assertThat(ChatConfig.of(URI.create("https://api.example.com"), "m", null).completionsUrl())
                .hasToString("https://api.example.com/v1/chat/completions");
    }

    @Test
    void anAnswerThatIsNotStreamedIsReadWhole() {
        fake.answersWhole("The whole brief.");

        String answer = new ChatClient(fake.config(null)).stream(PROMPT, pieces::add, () -> false);

        assertThat(answer).isEqualTo("The whole brief.");
        assertThat(pieces).containsExactly("The whole brief.");
    }

    @Test
    void aRefusedKeyIsBadCredentialsAndNeverEchoesTheKey() {
        fake.unauthorised();

        assertThatThrownBy(() -> new ChatClient(fake.config(KEY)).stream(PROMPT, pieces::add, () -> false))
                .isInstanceOf(BadCredentialsException.class).hasMessageContaining("HTTP 401")
                .hasMessageNotContaining(KEY);
    }

    @Test
    void aMissingModelSaysTheModelOrEndpointIsNotThere() {
        fake.modelNotFound();

        assertThatThrownBy(() -> new ChatClient(fake.config(null)).stream(PROMPT, pieces::add, () -> false))
                .isInstanceOfSatisfying(ClientErrorException.class, e -> assertThat(e.httpStatus()).isEqualTo(404))
                .hasMessageContaining("model '" + ChatFake.MODEL + "'").hasMessageContaining("is not there");
    }

    @Test
    void aLongRetryAfterIsRateLimitedAtOnce() {
        fake.rateLimited(Duration.ofSeconds(120));

        assertThatThrownBy(() -> new ChatClient(fake.config(null)).stream(PROMPT, pieces::add, () -> false))
                .isInstanceOf(RateLimitedException.class);
        assertThat(fake.requests()).hasSize(1);
    }

    @Test
    void fiveHundredsOutlastingTheRetryAreAServerError() {
        fake.serverError();

        assertThatThrownBy(() -> new ChatClient(fake.config(null)).stream(PROMPT, pieces::add, () -> false))
                .isInstanceOf(ServerErrorException.class);
        assertThat(fake.requests()).as("one attempt and one retry").hasSize(2);
    }

    @Test
    void aChunkThatIsNotJsonIsAChangedShape() {
        fake.garbage();

        assertThatThrownBy(() -> new ChatClient(fake.config(null)).stream(PROMPT, pieces::add, () -> false))
                .isInstanceOf(ChangedShapeException.class).hasMessageContaining("not JSON");
    }

    @Test
    void anErrorInsideTheStreamIsAServerError() {
        fake.answers(200, "text/event-stream", "data: {\"error\":{\"message\":\"model crashed\"}}\n\n",
                java.util.Map.of());

        assertThatThrownBy(() -> new ChatClient(fake.config(null)).stream(PROMPT, pieces::add, () -> false))
                .isInstanceOf(ServerErrorException.class).hasRootCauseMessage("model crashed");
    }

    @Test
    void aRefusedConnectionIsOffline() {
        ChatConfig config = fake.config(null);
        fake.close();

        assertThatThrownBy(() -> new ChatClient(config).stream(PROMPT, pieces::add, () -> false))
                .isInstanceOf(OfflineException.class);
    }

    @Test
    void cancellingStopsASlowStreamPromptlyAndLeavesTheThreadUninterrupted() {
        fake.slowStream(Duration.ofMillis(300), "one ", "two ", "three ", "four ", "five ", "six ");
        AtomicBoolean cancelled = new AtomicBoolean();
        long start = System.nanoTime();

        assertThatThrownBy(() -> new ChatClient(fake.config(null)).stream(PROMPT, piece -> {
            pieces.add(piece);
            cancelled.set(true); // the scout cancels as soon as the first words show
        }, cancelled::get)).isInstanceOf(CancellationException.class);

        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(pieces).containsExactly("one ");
        assertThat(millis).as("well before the 1.8 s the whole stream takes").isLessThan(1_000);
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    @Test
    void cancellingWhileTheModelThinksStopsWithoutWaitingForTheNextPiece() throws Exception {
        fake.slowStream(Duration.ofSeconds(5), "late");
        AtomicBoolean cancelled = new AtomicBoolean();
        Thread canceller = new Thread(() -> {
            sleep(200);
            cancelled.set(true);
        });
        canceller.start();
        long start = System.nanoTime();

        assertThatThrownBy(() -> new ChatClient(fake.config(null)).stream(PROMPT, pieces::add, cancelled::get))
                .isInstanceOf(CancellationException.class);

        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2_000);
        assertThat(pieces).isEmpty();
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
        canceller.join();
    }

    @Test
    void aCallCancelledBeforeItStartsSendsNothing() {
        assertThatThrownBy(() -> new ChatClient(fake.config(null)).stream(PROMPT, pieces::add, () -> true))
                .isInstanceOf(CancellationException.class);
        assertThat(fake.requests()).isEmpty();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
