package com.scoutdesk.tracking;

/**
 * Told how far a manual import has got: first every line is read and checked, then the rows are written. Called on
 * the importing thread every {@link PlaylistImporter#PROGRESS_EVERY} rows and at the end of each pass; a window
 * samples it, the command line prints it.
 */
public interface ImportProgress {

    ImportProgress NONE = new ImportProgress() {
        @Override
        public void read(long rows) {
        }

        @Override
        public void written(long rows, long total) {
        }
    };

    /** Rows read and checked so far. */
    void read(long rows);

    /** Rows written so far, of the total the check counted. */
    void written(long rows, long total);
}
