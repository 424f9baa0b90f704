package com.scoutdesk.integration.llm;

import java.util.Objects;

/**
 * What one chat completion asks: the system message (who the model is to be) and the user's message (the facts and
 * the task). Only these two texts leave the laptop.
 */
public record ChatPrompt(String system, String user) {

    public ChatPrompt {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(user, "user");
    }
}
