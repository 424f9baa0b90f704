package com.scoutdesk.bench;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * {@code BenchRegistryServer [--port N] [--mlc-per-second N] [--chartmetric-per-second N] [--youtube-daily-units N]}:
 * starts the registry benchmark fake, prints the settings that point ScoutDesk at it, and runs until Ctrl-C, printing
 * its counts after every quiet spell of 3 s and on exit.
 */
public final class BenchRegistryServerMain {

    private BenchRegistryServerMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        int port = 8092;
        int mlc = 2;
        int chartmetric = 1;
        int units = 10_000;
        for (int i = 0; i < args.length; i++) {
            String next = i + 1 < args.length ? args[i + 1] : "";
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(next);
                case "--mlc-per-second" -> mlc = Integer.parseInt(next);
                case "--chartmetric-per-second" -> chartmetric = Integer.parseInt(next);
                case "--youtube-daily-units" -> units = Integer.parseInt(next);
                default -> {
                    System.err.println("usage: BenchRegistryServerMain [--port N] [--mlc-per-second N] "
                            + "[--chartmetric-per-second N] [--youtube-daily-units N]");
                    System.exit(2);
                }
            }
            i++;
        }
        BenchRegistryServer fake = new BenchRegistryServer(port, mlc, chartmetric, units).start();
        System.out.printf("Registry benchmark fake on %s: The MLC %d/s, MusicBrainz 1/s, Chartmetric %d/s, "
                + "YouTube %,d units a day%n", fake.baseUrl(), mlc, chartmetric, units);
        System.out.println("Point ScoutDesk at it:");
        Map<String, String> env = new TreeMap<>(fake.environment());
        env.forEach((k, v) -> System.out.println("  export " + k + "=" + v));
        System.out.println("Ctrl-C stops it; counts are printed after each quiet spell of 3 s and on exit.");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Stopping. Totals since start:");
            System.out.print(fake.summary());
            System.out.flush();
            fake.close();
            stopped.countDown();
        }, "bench-registries-stop"));
        long reported = -1;
        while (!stopped.await(1, TimeUnit.SECONDS)) {
            long last = fake.lastNanos();
            if (last != 0 && last != reported && System.nanoTime() - last > 3_000_000_000L) {
                reported = last;
                System.out.println("Quiet for 3 s. Totals since start:");
                System.out.print(fake.summary());
                System.out.flush();
            }
        }
    }
}
