package com.scoutdesk.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** Lets a writer "close" standard output: it is flushed and stays open for what the command prints next. */
final class KeepOpenOutputStream extends FilterOutputStream {

    KeepOpenOutputStream(OutputStream out) {
        super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
        flush();
    }
}
