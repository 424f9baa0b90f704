package com.scoutdesk.bench;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;

/**
 * The JVM options this process was started with and whether its class data sharing archive was mapped, so that a
 * benchmark's figures say what they were measured with (the launch options of ADR 0031 change them by seconds).
 *
 * @param options the JVM's own options as given, system properties left out
 * @param sharing whether classes come from a class data sharing archive (the JDK's own, or the application's)
 */
public record LaunchOptions(List<String> options, boolean sharing) {

    public LaunchOptions {
        options = List.copyOf(options);
    }

    /** This JVM's. */
    public static LaunchOptions current() {
        List<String> options = ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(o -> o.startsWith("-X")).toList();
        return new LaunchOptions(options, flag("UseSharedSpaces"));
    }

    /** The options on one line, "none" when there are none. */
    public String describe() {
        return (options.isEmpty() ? "none" : String.join(" ", options)) + "; class data sharing "
                + (sharing ? "on" : "off");
    }

    private static boolean flag(String name) {
        try {
            return Boolean.parseBoolean(ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
                    .getVMOption(name).getValue());
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            return false; // not a HotSpot JVM: no such flag to read
        }
    }
}
