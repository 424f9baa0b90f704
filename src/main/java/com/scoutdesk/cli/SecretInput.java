package com.scoutdesk.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Where {@code credentials set} reads values: the terminal with echo off, or, when there is no terminal (a script
 * piping them in), one line of standard input per value and no prompt.
 */
public interface SecretInput {

    /** The value typed for {@code prompt}, or null when the input ended. */
    char[] read(String prompt);

    /** The terminal when there is one, else standard input. */
    static SecretInput detect() {
        Console console = System.console();
        if (console != null) {
            return prompt -> console.readPassword("%s: ", prompt);
        }
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        return prompt -> {
            try {
                String line = in.readLine();
                return line == null ? null : line.toCharArray();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read the value from standard input", e);
            }
        };
    }
}
