package com.scoutdesk.ui.common;

import java.lang.reflect.InvocationTargetException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Turns a failure into the sentence the user sees: the services write their messages for humans. */
public final class ErrorMessages {

    private ErrorMessages() {
    }

    /** The message of the underlying cause, or a generic sentence naming its type when it has none. */
    public static String of(Throwable error) {
        Throwable cause = unwrap(error);
        String message = cause.getMessage();
        if (message == null || message.isBlank()) {
            return I18n.tr("error.generic", cause.getClass().getSimpleName());
        }
        return message;
    }

    static Throwable unwrap(Throwable error) {
        Throwable current = error;
        while ((current instanceof ExecutionException || current instanceof CompletionException
                || current instanceof InvocationTargetException) && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
