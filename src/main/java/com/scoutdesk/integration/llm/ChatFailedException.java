package com.scoutdesk.integration.llm;

/**
 * The endpoint said, inside an answer that had begun well (a 200), that it failed: OpenAI and Ollama put an
 * {@code error} object into the stream when the model breaks off. {@link ChatClient} turns it into a
 * {@code ServerErrorException}; it never leaves this package.
 */
final class ChatFailedException extends RuntimeException {

    ChatFailedException(String message) {
        super(message, null, false, false);
    }
}
