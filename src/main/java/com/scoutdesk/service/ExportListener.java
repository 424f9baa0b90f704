package com.scoutdesk.service;

/**
 * Hears how far an export has got, and may stop it. Called on the exporting thread, every few hundred rows and once
 * at the end; a window hands the numbers on to its own thread.
 */
public interface ExportListener {

    /** Hears nothing and never stops an export. */
    ExportListener NONE = (written, total) -> { };

    /**
     * @param written rows written so far
     * @param total   the rows the export will write, or -1 when not known
     */
    void progress(long written, long total);

    /**
     * Asked between rows: true stops the export, which then throws {@link java.util.concurrent.CancellationException}
     * and leaves neither the file nor a temporary file behind.
     */
    default boolean cancelled() {
        return false;
    }
}
