package com.scoutdesk.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Changes one key of a {@code .properties} file the scout may also edit by hand: every other line, comment and
 * blank line stays as it was, and the file is replaced in one move, so a crash mid-write never leaves half a file
 * (which the next opening would refuse).
 */
final class PropertiesFileWriter {

    private PropertiesFileWriter() {
    }

    /**
     * Sets {@code key} to {@code value}, or removes it when the value is empty (the default then applies). Earlier
     * duplicates of the key are dropped so that the file says one thing.
     */
    static void set(Path file, String key, String value) {
        try {
            List<String> lines = Files.isRegularFile(file) ? Files.readAllLines(file, StandardCharsets.UTF_8)
                    : new ArrayList<>();
            List<String> out = new ArrayList<>();
            boolean written = false;
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                int last = i;
                boolean entry = isEntry(line);
                if (entry) {
                    while (continues(lines.get(last)) && last + 1 < lines.size()) {
                        last++;
                    }
                }
                if (entry && sameKey(keyOf(line), key)) {
                    if (!written && !value.isEmpty()) {
                        out.add(key + "=" + escape(value));
                    }
                    written = true;
                } else {
                    out.addAll(lines.subList(i, last + 1));
                }
                i = last;
            }
            if (!written && !value.isEmpty()) {
                out.add(key + "=" + escape(value));
            }
            replace(file, String.join("\n", out) + (out.isEmpty() ? "" : "\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void replace(Path file, String text) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
        try {
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static boolean isEntry(String line) {
        String s = line.stripLeading();
        return !s.isEmpty() && s.charAt(0) != '#' && s.charAt(0) != '!';
    }

    /** A line ending in an odd number of backslashes goes on in the next one. */
    private static boolean continues(String line) {
        int n = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            n++;
        }
        return n % 2 == 1;
    }

    private static String keyOf(String line) {
        String s = line.stripLeading();
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                key.append(s.charAt(++i));
            } else if (c == '=' || c == ':' || Character.isWhitespace(c)) {
                break;
            } else {
                key.append(c);
            }
        }
        return key.toString();
    }

    /** As the configuration reads keys: case-insensitive, '.' or '-' for '_'. */
    private static boolean sameKey(String found, String key) {
        return normal(found).equals(normal(key));
    }

    private static String normal(String name) {
        return name.strip().toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    /** Backslashes (Windows paths) and a leading space would otherwise be read back as something else. */
    static String escape(String value) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case ' ' -> out.append(i == 0 ? "\\ " : " ");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
