package com.scoutdesk.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the real entry point, {@code com.scoutdesk.app.Main}, in a child JVM, as the jar would. */
public final class ScoutDeskProcess {

    /** What a finished run printed. */
    public record Result(int exitCode, String stdout, String stderr) {
    }

    private ScoutDeskProcess() {
    }

    /**
     * A child JVM of this test run's Java on its class path: {@code java OPTIONS -cp CLASSPATH MAIN ARGS}, for the
     * test programs that run as processes of their own (writers to kill, lock holders, the close storm).
     */
    public static ProcessBuilder java(List<String> options, String mainClass, String... args) {
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        command.addAll(options);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }

    /** The {@code java} launcher of the JDK this test run uses. */
    public static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    public static ProcessBuilder builder(Path workspace, String... args) {
        List<String> options = new ArrayList<>(List.of("-Xmx1g"));
        // Never the keyring or credentials file of the person running the tests (see the surefire configuration).
        String credentials = System.getProperty("scoutdesk.credentials.file");
        if (credentials != null) {
            options.add("-Dscoutdesk.credentials.file=" + credentials);
        }
        List<String> mainArgs = new ArrayList<>(List.of("--workspace", workspace.toString()));
        mainArgs.addAll(List.of(args));
        ProcessBuilder pb = java(options, "com.scoutdesk.app.Main", mainArgs.toArray(String[]::new));
        pb.environment().keySet().removeIf(k -> k.startsWith("SCOUTDESK_"));
        pb.environment().putAll(TestEnvironment.withoutRealSources(Map.of()));
        return pb;
    }

    public static Result run(Path workspace, String... args) throws IOException, InterruptedException {
        Path out = java.nio.file.Files.createTempFile("scoutdesk-out", ".txt");
        Path err = java.nio.file.Files.createTempFile("scoutdesk-err", ".txt");
        try {
            Process p = builder(workspace, args).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("scoutdesk " + String.join(" ", args) + " did not finish in 120 s");
            }
            return new Result(p.exitValue(), java.nio.file.Files.readString(out, StandardCharsets.UTF_8),
                    java.nio.file.Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            java.nio.file.Files.deleteIfExists(out);
            java.nio.file.Files.deleteIfExists(err);
        }
    }
}
