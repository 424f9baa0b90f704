package com.scoutdesk.service.audit;

import java.util.List;

/** A rejected audit file: nothing was applied; every problem names its line and what to do about it. */
public final class InvalidAuditFileException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** Problems shown in the message; the rest are counted, so a wholly wrong file does not flood the terminal. */
    static final int SHOWN = 50;

    /** Where a good file comes from, in words either front end can use; each adds how to get one. */
    public static final String FETCHED_FILE = "a file that the Spotify metadata fetch wrote";

    private final transient List<String> problems;

    InvalidAuditFileException(List<String> problems) {
        super(message(problems));
        this.problems = List.copyOf(problems);
    }

    /** Every problem, in line order, e.g. {@code line 4: spotify_popularity '101' is not ...}. */
    public List<String> problems() {
        return problems;
    }

    /** Whether a problem is best solved by starting again from a fetched file. */
    public boolean needsFetchedFile() {
        return problems.stream().anyMatch(p -> p.contains(FETCHED_FILE));
    }

    private static String message(List<String> problems) {
        String nl = System.lineSeparator();
        StringBuilder text = new StringBuilder("The file was rejected and nothing was changed (")
                .append(problems.size()).append(problems.size() == 1 ? " problem" : " problems")
                .append("). Fix these lines and apply it again:");
        problems.stream().limit(SHOWN).forEach(p -> text.append(nl).append("  ").append(p));
        if (problems.size() > SHOWN) {
            text.append(nl).append("  ... and ").append(problems.size() - SHOWN).append(" more.");
        }
        return text.toString();
    }
}
