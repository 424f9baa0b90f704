package com.scoutdesk.ui.export;

import com.scoutdesk.ui.common.I18n;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** The file an export goes to, as typed: read as a path and checked before the export starts. */
final class ExportTarget {

    private ExportTarget() {
    }

    /** The file, or null when the text is empty or not a path. */
    static Path parse(String text) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty()) {
            return null;
        }
        try {
            return Path.of(stripped).toAbsolutePath();
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /**
     * What stops an export to {@code file}, with what to do about it; empty when nothing does. A local check, so it
     * may run on the FX thread; the export checks again when it writes.
     */
    static String problem(Path file) {
        if (file == null) {
            return I18n.tr("export.problem.noFile");
        }
        Path folder = file.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            return I18n.tr("export.problem.noFolder", folder == null ? file : folder);
        }
        if (!Files.isWritable(folder)) {
            return I18n.tr("export.problem.readOnlyFolder", folder);
        }
        if (Files.isDirectory(file)) {
            return I18n.tr("export.problem.isFolder", file);
        }
        return "";
    }
}
