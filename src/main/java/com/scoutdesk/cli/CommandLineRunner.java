package com.scoutdesk.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/** Runs the command line: UTF-8 output, and errors as one clear line on stderr instead of a stack trace. */
public final class CommandLineRunner {

    private CommandLineRunner() {
    }

    public static CommandLine create(WorkspaceOpener opener, GuiLauncher gui) {
        CommandLine cmd = new CommandLine(new ScoutDeskCommand(opener, gui));
        withStandardHelpOptions(cmd);
        cmd.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cmd.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        cmd.setExecutionExceptionHandler((ex, line, parseResult) -> {
            LoggerFactory.getLogger(CommandLineRunner.class).error("Command failed", ex);
            String message = ex.getMessage();
            boolean written = message != null && (ex instanceof IllegalStateException
                    || ex instanceof IllegalArgumentException || ex instanceof java.io.IOException
                    || ex.getClass().getName().startsWith("com.scoutdesk"));
            line.getErr().println("scoutdesk: " + (written ? message : "unexpected error (" + ex
                    + "). Details are in the log file in the workspace's logs folder."));
            line.getErr().flush();
            return 1;
        });
        return cmd;
    }

    /**
     * {@code --help} and {@code --version} on every command and subcommand, added here rather than on each
     * {@code @Command}, so that a command added later cannot miss them.
     */
    private static void withStandardHelpOptions(CommandLine cmd) {
        for (CommandLine sub : cmd.getSubcommands().values()) {
            if (!sub.getCommandSpec().mixinStandardHelpOptions()) {
                sub.getCommandSpec().mixinStandardHelpOptions(true);
                sub.getCommandSpec().versionProvider(cmd.getCommandSpec().versionProvider());
            }
            withStandardHelpOptions(sub);
        }
    }
}
