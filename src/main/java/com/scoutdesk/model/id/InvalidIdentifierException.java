package com.scoutdesk.model.id;

/**
 * Thrown when text cannot be read as an identifier (ISRC, ISWC, IPI name number, Spotify link, ...).
 *
 * <p>The message is meant to be shown to the user as is: it quotes the input (shortened if long), says what is wrong
 * with it and what to do about it. {@link #problem()} is the same explanation without the leading
 * {@code Not a valid ...: "..."} part, for showing next to the input field.
 */
public final class InvalidIdentifierException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** Longest quoted input, in code points, before it is shortened with "...". */
    static final int MAX_QUOTED_LENGTH = 80;

    private final String kind;
    private final String input;
    private final String problem;

    /**
     * @param kind    what was expected, as the user would call it, e.g. {@code "ISRC"} or {@code "Spotify link"}
     * @param input   the text as entered, may be {@code null}
     * @param problem what is wrong and what to do, e.g. {@code "expected 12 characters ..., found 11."}
     */
    public InvalidIdentifierException(String kind, String input, String problem) {
        super(message(kind, input, problem));
        this.kind = kind;
        this.input = input;
        this.problem = sentence(problem);
    }

    /** What kind of identifier was expected, e.g. {@code "ISRC"}. */
    public String kind() {
        return kind;
    }

    /** The rejected input exactly as given (not shortened); may be {@code null}. */
    public String input() {
        return input;
    }

    /** What is wrong with the input and what to do, without naming the kind or quoting the input. */
    public String problem() {
        return problem;
    }

    private static String message(String kind, String input, String problem) {
        String quoted = input == null || input.isBlank() ? "the input is empty" : quote(input);
        return "Not a valid " + kind + ": " + quoted + ": " + sentence(problem);
    }

    private static String sentence(String text) {
        return text.endsWith(".") ? text : text + ".";
    }

    static String quote(String input) {
        StringBuilder shown = new StringBuilder(Math.min(input.length(), MAX_QUOTED_LENGTH + 3) + 2).append('"');
        int count = 0;
        for (int i = 0; i < input.length(); i += Character.charCount(input.codePointAt(i))) {
            if (count == MAX_QUOTED_LENGTH) {
                shown.append("...");
                break;
            }
            int cp = input.codePointAt(i);
            // Pasted text can carry line breaks and tabs; keep the message on one line for dialogs and logs.
            shown.appendCodePoint(Character.isISOControl(cp) ? ' ' : cp);
            count++;
        }
        return shown.append('"').toString();
    }
}
