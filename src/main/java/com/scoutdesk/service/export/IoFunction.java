package com.scoutdesk.service.export;

import java.io.IOException;

/**
 * A function that may throw {@link IOException}.
 *
 * @param <T> the argument type
 * @param <R> the result type
 */
@FunctionalInterface
public interface IoFunction<T, R> {

    /** Applies this function to {@code value}. */
    R apply(T value) throws IOException;
}
