package com.scoutdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.scoutdesk.testing.ScoutDeskProcess;
import com.scoutdesk.ui.MainWindow;
import com.scoutdesk.ui.dashboard.DashboardView;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launch options (ADR 0031) are a file the JVM accepts, and the class list the build dumps the class data sharing
 * archive from still names the window's classes: a list that aged silently would only make the window slow again.
 */
class LaunchOptionsFilesTest {

    private static final Path OPTIONS = Path.of("src/main/launcher/scoutdesk.jvmoptions");
    private static final Path CLASS_LIST = Path.of("src/main/cds/scoutdesk.classlist");
    private static final Path CLASSES = Path.of("target/classes");

    @TempDir
    Path dir;

    @Test
    void theLaunchOptionsAreAFileTheJvmAcceptsAndCapTheHeapAndNameTheArchive() throws Exception {
        Path archive = dir.resolve("scoutdesk.jsa"); // not there: the JVM must start without it, silently
        String options = Files.readString(OPTIONS).replace("${project.build.directory}/scoutdesk.jsa",
                archive.toString());
        assertThat(options).as("every placeholder is one the build fills in").doesNotContain("${");
        assertThat(options).contains("-Xmx").contains("-XX:SharedArchiveFile=" + archive);
        Path file = Files.writeString(dir.resolve("scoutdesk.jvmoptions"), options);

        String plain = java("@" + file, "-version");
        assertThat(plain).doesNotContainIgnoringCase("warning").doesNotContain("Unrecognized");
        String flags = java("@" + file, "-XX:+PrintFlagsFinal", "-version");
        assertThat(flags).containsPattern("MaxHeapSize\\s+= " + (384L << 20) + "\\s");
        assertThat(flags).containsPattern("TieredStopAtLevel\\s+= 1\\s");
        assertThat(flags).as("the collector with short pauses").containsPattern("UseShenandoahGC\\s+= true\\s");
    }

    /** Runs this JDK's java with {@code args}; returns what it printed, after checking that it exited with 0. */
    private static String java(String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(ScoutDeskProcess.javaExecutable());
        command.addAll(List.of(args));
        Process java = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(java.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(java.exitValue()).as(out).isZero();
        return out;
    }

    @Test
    void theClassListNamesTheWindowsClassesAndHardlyAnyThatAreGone() throws IOException {
        List<String> ours = Files.readAllLines(CLASS_LIST).stream()
                .filter(line -> line.startsWith("com/scoutdesk/"))
                .map(line -> line.split(" ")[0])
                .toList();
        assertThat(ours).contains(internal(MainWindow.class), internal(DashboardView.class),
                "com/scoutdesk/ui/dashboard/TrackTable", "com/scoutdesk/ui/dashboard/LeadCells$TiersCell");
        long gone = ours.stream().filter(name -> !Files.exists(CLASSES.resolve(name + ".class"))).count();
        assertThat(gone).as("classes of the list no longer in the build (write the list again, README)")
                .isLessThanOrEqualTo(ours.size() / 10);
    }

    private static String internal(Class<?> type) {
        return type.getName().replace('.', '/');
    }
}
