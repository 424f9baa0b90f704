package com.scoutdesk.tracking;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * What a manual import reads: a file, which is read twice (once to check every line, once to write), so neither
 * pass holds the rows in memory.
 */
public interface ImportSource {

    /** How messages name it, e.g. the file's path. */
    String name();

    /** Opens it from the start; may be called more than once. */
    InputStream open() throws IOException;

    /** A file on disk. Its absence or a folder in its place is reported when the import starts. */
    static ImportSource of(Path file) {
        return of(file, file.toString());
    }

    /** A file on disk named otherwise in messages (e.g. "standard input" spooled to a temporary file). */
    static ImportSource of(Path file, String name) {
        return new ImportSource() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public InputStream open() throws IOException {
                if (Files.isDirectory(file)) {
                    throw new ManualImport.InvalidImportException(name + " is a folder, not a file: give the CSV "
                            + "or links file inside it.");
                }
                try {
                    return Files.newInputStream(file);
                } catch (NoSuchFileException e) {
                    throw new ManualImport.InvalidImportException("There is no file " + name + ": check the name "
                            + "and the folder.");
                } catch (AccessDeniedException e) {
                    throw new ManualImport.InvalidImportException(name + " cannot be read (permission denied): "
                            + "check its permissions.");
                }
            }

            @Override
            public String toString() {
                return name;
            }
        };
    }

    /** Text already in memory, such as links pasted into the window. */
    static ImportSource ofText(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new ImportSource() {
            @Override
            public String name() {
                return "the pasted text";
            }

            @Override
            public InputStream open() {
                return new ByteArrayInputStream(bytes);
            }
        };
    }
}
