package com.scoutdesk.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Runs the command line: UTF-8 output, and every error as one or two plain lines on stderr (what was wrong, what to
 * do) instead of a stack trace, which goes to the workspace's log file. Bad options exit with 2, a failed command
 * with 1.
 */
public final class CommandLineRunner {

    private CommandLineRunner() {
    }

    /** A command line whose {@code credentials} commands are not wired (tests of other commands). */
    public static CommandLine create(WorkspaceOpener opener, BackupOpener backups, GuiLauncher gui) {
        return create(opener, backups, ws -> {
            throw new IllegalStateException("The credentials commands are not available here.");
        }, gui);
    }

    public static CommandLine create(WorkspaceOpener opener, BackupOpener backups, CredentialsOpener credentials,
                                     GuiLauncher gui) {
        return create(opener, backups, credentials, gui, null);
    }

    /** As the others, with what measures the window for {@code bench ui} ({@code null}: not available). */
    public static CommandLine create(WorkspaceOpener opener, BackupOpener backups, CredentialsOpener credentials,
                                     GuiLauncher gui, UiBenchmark uiBenchmark) {
        ScoutDeskCommand root = new ScoutDeskCommand(opener, backups, credentials, gui);
        if (uiBenchmark != null) {
            root.uiBenchmark(uiBenchmark);
        }
        CommandLine cmd = new CommandLine(root);
        withStandardHelpOptions(cmd);
        cmd.registerConverter(LocalDate.class, CommandLineRunner::date);
        cmd.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cmd.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        cmd.setParameterExceptionHandler(CommandLineRunner::badOptions);
        cmd.setExecutionExceptionHandler((ex, line, parseResult) -> failed(ex, line));
        return cmd;
    }

    /** A date option, with a message that says which form is expected instead of the parser's exception. */
    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (java.time.DateTimeException e) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a date; write it as YYYY-MM-DD, "
                    + "for example 2026-03-06.");
        }
    }

    /** The message, and where to find the options (or picocli's "did you mean" for a mistyped one); exit code 2. */
    private static int badOptions(ParameterException ex, String[] args) {
        CommandLine line = ex.getCommandLine();
        PrintWriter err = line.getErr();
        err.println("scoutdesk: " + TerminalText.escapeKeepingLines(ex.getMessage()));
        if (!UnmatchedArgumentException.printSuggestions(ex, err)) {
            err.println("`" + line.getCommandSpec().qualifiedName() + " --help` lists its options.");
        }
        err.flush();
        return line.getCommandSpec().exitCodeOnInvalidInput();
    }

    private static int failed(Exception ex, CommandLine line) {
        Optional<Path> logFile = ((ScoutDeskCommand) line.getCommandSpec().root().userObject()).logFile();
        // Before the workspace is open there is no log file, and the log would only print the trace on the console.
        if (logFile.isPresent()) {
            LoggerFactory.getLogger(CommandLineRunner.class).error("Command failed", ex);
        }
        String message = ex.getMessage();
        boolean written = message != null && (ex instanceof IllegalStateException
                || ex instanceof IllegalArgumentException || ex instanceof java.io.IOException
                || ex.getClass().getName().startsWith("com.scoutdesk"));
        String text = written ? ErrorText.withoutClassNames(message) : "ScoutDesk hit an unexpected problem: "
                + ErrorText.cause(ex) + ". " + logFile.map(f -> "The log file " + f + " has the details.")
                .orElse("It happened before the workspace was open, so there is no log of it; if it happens again, "
                        + "report it with this message.");
        line.getErr().println("scoutdesk: " + TerminalText.escapeKeepingLines(text));
        line.getErr().flush();
        return 1;
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
