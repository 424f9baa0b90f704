package com.scoutdesk.tracking;

/**
 * One line of a manual import that cannot be imported.
 *
 * @param line    the line's number in the file or pasted text, from 1
 * @param problem what is wrong with it and what to do about it, in the scout's words
 */
public record BadLine(long line, String problem) {

    @Override
    public String toString() {
        return "line " + line + ": " + problem;
    }
}
