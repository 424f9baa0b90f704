package com.scoutdesk.service.export;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes an export file all or nothing: the content goes to a temporary file next to the target, is forced to disk
 * and then atomically renamed over the target. A crash or an error mid-export never leaves a half-written file under
 * the target name, and an earlier file of that name stays as it was until the new one is complete.
 */
public final class AtomicFileExport {

    private static final int MAX_NAME_ATTEMPTS = 100;

    private AtomicFileExport() {
    }

    /**
     * Runs {@code body} on a stream to a temporary file and, if it returns normally, replaces {@code target} with that
     * file. If {@code body} throws, the temporary file is deleted and {@code target} is untouched.
     *
     * <p>{@code body} may close the stream it is given (for example by closing a {@link CsvWriter}); the file is
     * still completed normally.
     *
     * @return what {@code body} returned
     * @throws IOException if the target's folder does not exist or is not writable (the message names the path and
     *                     suggests choosing another folder), or if writing or renaming fails
     */
    private static final Duration ABANDONED_AFTER = Duration.ofHours(1);

    public static <T> T write(Path target, IoFunction<OutputStream, T> body) throws IOException {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(body, "body");
        Path file = target.toAbsolutePath().normalize();
        Path folder = checkFolder(file);
        removeAbandoned(folder, file);

        Path temp = null;
        try {
            FileChannel channel = null;
            for (int attempt = 1; channel == null; attempt++) {
                Path candidate = folder.resolve(file.getFileName() + "." + randomHex() + ".tmp");
                try {
                    // Not Files.createTempFile: its owner-only permissions would end up on the export.
                    channel = FileChannel.open(candidate, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                    temp = candidate;
                } catch (FileAlreadyExistsException e) {
                    if (attempt >= MAX_NAME_ATTEMPTS) {
                        throw e;
                    }
                }
            }
            T result;
            try (FileChannel open = channel) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(open));
                result = body.apply(new UnclosableOutputStream(out));
                out.flush();
                open.force(true);
            }
            move(temp, file);
            return result;
        } catch (IOException | RuntimeException | Error e) {
            deleteQuietly(temp, e);
            throw e;
        }
    }

    /**
     * Deletes the temporary files that earlier exports to the same file left when they were killed (an export that
     * ends in any other way removes its own). Only files older than an hour: a younger one may belong to an export
     * still running in another process.
     */
    static void removeAbandoned(Path folder, Path file) {
        String prefix = file.getFileName().toString() + ".";
        Instant cutoff = Instant.now().minus(ABANDONED_AFTER);
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(folder, p -> {
            String name = p.getFileName().toString();
            return name.startsWith(prefix) && name.endsWith(".tmp")
                    && name.substring(prefix.length(), name.length() - 4).matches("[0-9a-f]{8,32}");
        })) {
            for (Path temp : temps) {
                if (Files.getLastModifiedTime(temp).toInstant().isBefore(cutoff)) {
                    Files.deleteIfExists(temp);
                }
            }
        } catch (IOException e) {
            // leftovers stay until the next export; they never replace the target
        }
    }

    private static Path checkFolder(Path file) throws IOException {
        Path folder = file.getParent();
        if (folder == null) {
            throw new IOException("Cannot export to " + file + ": it is not a file. Choose another folder.");
        }
        if (!Files.isDirectory(folder)) {
            throw new IOException("Cannot export to " + file + ": the folder " + folder
                    + " does not exist. Choose another folder.");
        }
        if (!Files.isWritable(folder)) {
            throw new IOException("Cannot export to " + file + ": the folder " + folder
                    + " is not writable. Choose another folder.");
        }
        if (Files.isDirectory(file)) {
            throw new IOException("Cannot export to " + file + ": a folder of that name exists. "
                    + "Choose another file name.");
        }
        return folder;
    }

    private static void move(Path temp, Path file) throws IOException {
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (FileSystemException e) {
            // On Windows this is typically the target being open in Excel, which locks it.
            throw new IOException("Cannot replace " + file + " (" + e.getMessage()
                    + "). If it is open in another program, close it there, or choose another folder.", e);
        }
    }

    private static void deleteQuietly(Path temp, Throwable failure) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException | RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    private static String randomHex() {
        return HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
    }

    /** Lets the body close "its" stream without closing the file before it is forced to disk. */
    private static final class UnclosableOutputStream extends FilterOutputStream {

        UnclosableOutputStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
