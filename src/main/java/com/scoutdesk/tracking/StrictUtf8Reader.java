package com.scoutdesk.tracking;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes an import file as UTF-8 one line at a time, so a byte that is not UTF-8 is reported with the line it is on
 * (a plain decoder only says "Input length = 1" somewhere in its buffer). Drops a leading byte-order mark, which
 * Excel's "CSV UTF-8" writes.
 */
final class StrictUtf8Reader extends Reader {

    /** A longer line is no CSV or links file worth holding in memory (a binary file, say). */
    static final int MAX_LINE_BYTES = 1 << 20;

    /** The file is not UTF-8 at this line. */
    static final class NotUtf8Exception extends IOException {
        private final long line;

        NotUtf8Exception(long line) {
            super("line " + line + " is not UTF-8 text");
            this.line = line;
        }

        long line() {
            return line;
        }
    }

    /** A line longer than {@link #MAX_LINE_BYTES}. */
    static final class LineTooLongException extends IOException {
        LineTooLongException(long line) {
            super("line " + line + " is longer than 1 MB");
        }
    }

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private byte[] bytes = new byte[8192];
    private CharBuffer line = CharBuffer.allocate(0);
    private long lineNumber;
    private boolean eof;

    StrictUtf8Reader(InputStream in) {
        this.in = new BufferedInputStream(in, 1 << 16);
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (!line.hasRemaining()) {
            if (eof || !nextLine()) {
                return -1;
            }
        }
        int n = Math.min(length, line.remaining());
        line.get(buffer, offset, n);
        return n;
    }

    /** Reads and decodes the next physical line, its line break included; false at the end of the input. */
    private boolean nextLine() throws IOException {
        int size = 0;
        int b;
        while ((b = in.read()) != -1) {
            if (size == bytes.length) {
                if (size >= MAX_LINE_BYTES) {
                    throw new LineTooLongException(lineNumber + 1);
                }
                bytes = java.util.Arrays.copyOf(bytes, size * 2);
            }
            bytes[size++] = (byte) b;
            if (b == '\n') {
                break;
            }
        }
        if (b == -1) {
            eof = true;
        }
        if (size == 0) {
            return false;
        }
        lineNumber++;
        int start = lineNumber == 1 && size >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB
                && bytes[2] == (byte) 0xBF ? 3 : 0;
        try {
            line = decoder.reset().decode(ByteBuffer.wrap(bytes, start, size - start));
        } catch (CharacterCodingException e) {
            throw new NotUtf8Exception(lineNumber);
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
