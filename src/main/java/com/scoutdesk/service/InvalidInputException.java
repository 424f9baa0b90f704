package com.scoutdesk.service;

/**
 * A value the scout gave was refused before anything was written.
 *
 * @see #input()
 */
public class InvalidInputException extends UseCaseException {

    private final String input;

    /** @param input which value was wrong, e.g. {@link #CHARTMETRIC_LINK}, so that a front end can point at it */
    public InvalidInputException(String input, String message, Throwable cause) {
        super(message, cause);
        this.input = input;
    }

    /** A playlist's Chartmetric page. */
    public static final String CHARTMETRIC_LINK = "chartmetric link";

    /** A file of tracks to import. */
    public static final String IMPORT_FILE = "import file";

    /** The most rows one import may hold. */
    public static final String IMPORT_ROW_LIMIT = "import row limit";

    /** The playlist for an import's rows that name none. */
    public static final String IMPORT_PLAYLIST = "import playlist";

    /** The address of the language model that writes outreach briefs. */
    public static final String LLM_ENDPOINT = "language-model endpoint";

    /** The name of that model. */
    public static final String LLM_MODEL = "language model";

    public String input() {
        return input;
    }
}
