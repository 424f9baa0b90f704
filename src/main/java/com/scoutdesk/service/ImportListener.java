package com.scoutdesk.service;

/** Told how far an import has got: first every line is read and checked, then the rows are written. */
public interface ImportListener {

    /** Rows read and checked so far. */
    void read(long rows);

    /** Rows written so far, of the total the check counted. */
    void written(long rows, long total);
}
