package com.scoutdesk.app;

import com.scoutdesk.cli.CommandLineRunner;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import picocli.CommandLine;

/**
 * Measures {@code playlists import} on a generated CSV in the documented columns (about 95 bytes a row, so 526,511
 * rows make 50 MB), through the real command in a new temporary workspace: wall time and peak heap. Not a test; run
 * it with the heap the target names, e.g. {@code java -Xmx512m ... com.scoutdesk.app.ImportBenchmark --rows 526511}.
 * {@code --playlists N} spreads the rows over N playlists (default 50), {@code --complete} marks the file complete.
 */
public final class ImportBenchmark {

    private static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = intArg(args, "--rows", 526_511);
        int playlists = intArg(args, "--playlists", 50);
        boolean complete = List.of(args).contains("--complete");
        Path dir = Files.createTempDirectory("scoutdesk-import-bench");
        try {
            Path csv = dir.resolve("import.csv");
            generate(csv, rows, playlists);
            System.out.printf(Locale.ROOT, "file: %,d rows over %d playlists, %.1f MB; max heap %d MB%n", rows,
                    playlists, Files.size(csv) / 1e6, Runtime.getRuntime().maxMemory() >> 20);
            Path workspace = Files.createDirectory(dir.resolve("workspace"));
            Map<String, String> env = Map.of("SCOUTDESK_SPOTIFY_WEB_URL", "http://127.0.0.1:9");
            CommandLine cmd = CommandLineRunner.create(ws -> AppContext.open(AppPaths.resolve(Optional.of(workspace),
                    env, "Linux", workspace), env, false), ws -> WorkspaceBackups.open(new AppPaths(workspace), env), ws -> {
                        throw new IllegalStateException("no window");
                    });
            cmd.setOut(new PrintWriter(System.out, true));
            long[] started = {System.nanoTime()};
            // progress lines with the seconds since the import started, to see where the time goes
            cmd.setErr(new PrintWriter(new java.io.Writer() {
                private boolean lineStart = true;

                @Override
                public void write(char[] buf, int off, int len) {
                    for (int i = off; i < off + len; i++) {
                        if (lineStart) {
                            System.err.printf(Locale.ROOT, "[%6.1f s] ", (System.nanoTime() - started[0]) / 1e9);
                        }
                        System.err.print(buf[i]);
                        lineStart = buf[i] == '\n';
                    }
                }

                @Override
                public void flush() {
                    System.err.flush();
                }

                @Override
                public void close() {
                }
            }, true));
            System.gc();
            List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP).toList();
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);
            AtomicLong sampledPeak = new AtomicLong();
            Thread sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    sampledPeak.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(),
                            Math::max);
                    try {
                        Thread.sleep(50);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-sampler");
            sampler.setDaemon(true);
            sampler.start();
            var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            long cpuBefore = os.getProcessCpuTime();
            long start = System.nanoTime();
            started[0] = start;
            int code = complete ? cmd.execute("playlists", "import", "--complete", csv.toString())
                    : cmd.execute("playlists", "import", csv.toString());
            double seconds = (System.nanoTime() - start) / 1e9;
            sampler.interrupt();
            long poolPeaks = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            double cpu = (os.getProcessCpuTime() - cpuBefore) / 1e9;
            System.out.printf(Locale.ROOT, "exit %d; wall %.1f s, process CPU %.1f s (open workspace, check, write, "
                    + "commit, re-score, close); peak heap used %d MB sampled every 50 ms (sum of the heap pools' "
                    + "peaks: %d MB; both count garbage not yet collected)%n", code, seconds, cpu,
                    sampledPeak.get() >> 20, poolPeaks >> 20);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** The documented columns, about 95 bytes a row; track i is on playlist i mod N. */
    static void generate(Path csv, int rows, int playlists) throws IOException {
        LocalDate day = LocalDate.of(2026, 10, 1);
        int[] positions = new int[playlists];
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write("track,playlist,position,added_at,name,artists,isrc\n");
            for (int i = 0; i < rows; i++) {
                int p = i % playlists;
                w.write(id('t', i) + "," + id('p', p) + "," + ++positions[p] + "," + day.plusDays(i % 30) + ","
                        + "Song number " + i + ",Artist " + (i % 9973) + "; Guest " + (i % 101) + ","
                        + String.format(Locale.ROOT, "USS1Z26%05d", i % 100_000) + "\n");
            }
        }
    }

    /** A 22-character base62 Spotify id, distinct for each (kind, n). */
    static String id(char kind, long n) {
        StringBuilder s = new StringBuilder().append(kind == 't' ? '1' : '3');
        long v = n;
        for (int i = 0; i < 21; i++) {
            s.append(BASE62.charAt((int) (v % 62)));
            v /= 62;
        }
        return s.toString();
    }

    private static int intArg(String[] args, String name, int fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return Integer.parseInt(args[i + 1]);
            }
        }
        return fallback;
    }
}
