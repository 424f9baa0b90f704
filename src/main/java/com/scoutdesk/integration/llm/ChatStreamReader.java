package com.scoutdesk.integration.llm;

import com.scoutdesk.integration.common.ChangedShapeException;
import com.scoutdesk.integration.common.Provider;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Reads a chat completion's answer line by line as it arrives and hands each piece of text on at once. The answer is
 * Server-Sent Events ({@code data: {chunk}} lines, blank lines between events, {@code :} comment lines, and
 * {@code data: [DONE]} at the end); an endpoint that ignored {@code "stream":true} sends one JSON document instead,
 * which is read whole when the body ends.
 */
final class ChatStreamReader {

    private static final String DATA = "data:";
    private static final String DONE = "[DONE]";

    private ChatStreamReader() {
    }

    /**
     * @param cancelled asked before each line; once true, reading stops with {@link CancellationException}
     * @param secret    kept out of any message that quotes the answer
     * @return the whole text, as the pieces added up
     * @throws ChangedShapeException when a chunk is not the known JSON, or the answer held no text at all
     * @throws IOException           when the connection breaks (or is broken off to cancel)
     */
    static String read(BufferedReader lines, Consumer<String> onText, BooleanSupplier cancelled, String secret)
            throws IOException {
        StringBuilder text = new StringBuilder();
        StringBuilder notEvents = new StringBuilder();
        boolean sawEvent = false;
        String line;
        while ((line = lines.readLine()) != null) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("The language model's answer was cancelled");
            }
            if (line.isBlank() || line.startsWith(":")) {
                continue;
            }
            if (!line.startsWith(DATA)) {
                // "event:", "id:" and "retry:" fields of SSE carry nothing for us; other lines are a plain answer.
                if (!line.startsWith("event:") && !line.startsWith("id:") && !line.startsWith("retry:")) {
                    notEvents.append(line).append('\n');
                }
                continue;
            }
            sawEvent = true;
            String data = line.substring(DATA.length()).strip();
            if (data.equals(DONE)) {
                break;
            }
            ChatJson.deltaText(data, secret).ifPresent(piece -> {
                text.append(piece);
                onText.accept(piece);
            });
        }
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("The language model's answer was cancelled");
        }
        if (!sawEvent && !notEvents.isEmpty()) {
            String whole = ChatJson.messageText(notEvents.toString(), secret);
            if (!whole.isEmpty()) {
                text.append(whole);
                onText.accept(whole);
            }
        }
        if (text.toString().isBlank()) {
            throw new ChangedShapeException(Provider.LANGUAGE_MODEL, sawEvent ? "the answer held no text"
                    : "the answer was neither a stream nor a chat completion", null);
        }
        return text.toString();
    }
}
