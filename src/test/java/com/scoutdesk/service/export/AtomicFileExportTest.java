package com.scoutdesk.service.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileExportTest {

    @TempDir
    Path dir;

    @Test
    void theTemporaryFileOfAKilledExportIsRemovedByTheNextExportToTheSameFile() throws IOException {
        Path abandoned = dir.resolve("leads.csv.3f2a9c0d11e4b7a6.tmp"); // what a SIGKILL mid-export leaves
        Path recent = dir.resolve("leads.csv.0123456789abcdef.tmp"); // may be another process's export, running
        Path unrelated = dir.resolve("notes.csv.3f2a9c0d11e4b7a6.tmp");
        for (Path p : List.of(abandoned, recent, unrelated)) {
            Files.writeString(p, "half an export");
        }
        java.nio.file.attribute.FileTime twoHoursAgo = java.nio.file.attribute.FileTime.from(
                java.time.Instant.now().minus(java.time.Duration.ofHours(2)));
        Files.setLastModifiedTime(abandoned, twoHoursAgo);
        Files.setLastModifiedTime(unrelated, twoHoursAgo);

        AtomicFileExport.write(dir.resolve("leads.csv"), out -> {
            out.write("name\r\n".getBytes(StandardCharsets.UTF_8));
            return null;
        });

        assertThat(filesIn(dir)).containsExactlyInAnyOrder("leads.csv", recent.getFileName().toString(),
                unrelated.getFileName().toString());
    }

    @Test
    void successLeavesOnlyTheTargetAndReturnsTheBodysResult() throws IOException {
        Path target = dir.resolve("leads.csv");

        long rows = AtomicFileExport.write(target, out -> {
            try (CsvWriter writer = new CsvWriter(out, CsvOptions.excel())) {
                writer.writeHeader(List.of("name"));
                writer.writeRow(List.of("Ólafur Arnalds"));
                writer.writeRow(List.of("=cmd"));
                return writer.rowsWritten();
            }
        });

        assertThat(rows).isEqualTo(2);
        assertThat(CsvWriterTest.read(Files.readAllBytes(target)))
                .containsExactly(List.of("name"), List.of("Ólafur Arnalds"), List.of("'=cmd"));
        assertThat(filesIn(dir)).containsExactly("leads.csv");
    }

    @Test
    void replacesAnExistingTarget() throws IOException {
        Path target = dir.resolve("playlist.csv");
        Files.writeString(target, "old content that is longer than the new one");

        AtomicFileExport.write(target, out -> {
            out.write("new".getBytes(StandardCharsets.UTF_8));
            return null;
        });

        assertThat(Files.readString(target)).isEqualTo("new");
        assertThat(filesIn(dir)).containsExactly("playlist.csv");
    }

    @Test
    void failingBodyKeepsThePreviousTargetAndRemovesTheTempFile() throws IOException {
        Path target = dir.resolve("leads.csv");
        Files.writeString(target, "previous export\r\n");
        IOException failure = new IOException("disk full");

        assertThatThrownBy(() -> AtomicFileExport.write(target, out -> {
            out.write("half a row,".getBytes(StandardCharsets.UTF_8));
            out.flush();
            throw failure;
        })).isSameAs(failure);

        assertThat(Files.readString(target)).isEqualTo("previous export\r\n");
        assertThat(filesIn(dir)).containsExactly("leads.csv");
    }

    @Test
    void runtimeFailureAlsoRemovesTheTempFile() throws IOException {
        Path target = dir.resolve("leads.csv");

        assertThatThrownBy(() -> AtomicFileExport.write(target, out -> {
            out.write('x');
            throw new IllegalStateException("bug");
        })).isInstanceOf(IllegalStateException.class).hasMessage("bug");

        assertThat(target).doesNotExist();
        assertThat(filesIn(dir)).isEmpty();
    }

    @Test
    void missingFolderGivesAClearMessage() {
        Path target = dir.resolve("gone").resolve("leads.csv");

        assertThatThrownBy(() -> AtomicFileExport.write(target, out -> "unused"))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(target.toString())
                .hasMessageContaining("does not exist")
                .hasMessageContaining("Choose another folder");
        assertThat(dir.resolve("gone")).doesNotExist();
    }

    @Test
    void readOnlyFolderGivesAClearMessage() throws IOException {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path folder = Files.createDirectory(dir.resolve("locked"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(folder), "running as a user who can write anywhere (root)");
            Path target = folder.resolve("leads.csv");

            assertThatThrownBy(() -> AtomicFileExport.write(target, out -> "unused"))
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining(folder.toString())
                    .hasMessageContaining("not writable")
                    .hasMessageContaining("Choose another folder");
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    private static List<String> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }
}
