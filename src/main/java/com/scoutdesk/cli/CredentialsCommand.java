package com.scoutdesk.cli;

import com.scoutdesk.service.CredentialService;
import com.scoutdesk.service.CredentialStatus;
import com.scoutdesk.service.CredentialTestResult;
import com.scoutdesk.service.CredentialVerdict;
import java.io.PrintWriter;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code scoutdesk credentials set|list|test|delete}: the provider credentials, kept in the OS keyring or a file only
 * the user may read, never in the workspace. No value is ever printed; identifiers show their last 4 characters.
 */
@Command(name = "credentials", mixinStandardHelpOptions = true,
        description = "Set, list, test or delete the credentials of spotify, mlc, chartmetric, youtube and llm. "
                + "They are kept in the OS keyring (or a file only you may read), never in the workspace; "
                + "SCOUTDESK_<SETTING> environment variables win over them.",
        subcommands = {CredentialsSetCommand.class, CredentialsCommand.ListCredentials.class,
            CredentialsCommand.TestCredentials.class, CredentialsCommand.DeleteCredentials.class})
final class CredentialsCommand {

    /** Verdicts that mean the credentials do not work as they are. */
    private static final Set<CredentialVerdict> FAILURES = EnumSet.of(CredentialVerdict.BAD_CREDENTIALS,
            CredentialVerdict.NOT_ON_PLAN, CredentialVerdict.RATE_LIMITED, CredentialVerdict.OFFLINE,
            CredentialVerdict.FAILED);

    /** Base of the subcommands: reaches the credentials through the root command's opener. */
    abstract static class Base implements Callable<Integer> {
        @Mixin
        WorkspaceOption workspaceOption;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            ScoutDeskCommand root = (ScoutDeskCommand) spec.root().userObject();
            CredentialService credentials = root.credentials().open(workspaceOption.orElse(root.workspaceOption));
            return run(credentials, root, spec.commandLine().getOut());
        }

        abstract int run(CredentialService credentials, ScoutDeskCommand root, PrintWriter out);
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Which credentials are set and where from (environment, OS keyring, credentials file, "
                    + "scoutdesk.properties); never their values.")
    static final class ListCredentials extends Base {
        @Override
        int run(CredentialService credentials, ScoutDeskCommand root, PrintWriter out) {
            out.println("Credentials are kept in the " + credentials.storeDescription() + ".");
            out.printf("%-12s %-28s %-15s %s%n", "PROVIDER", "SETTING", "VALUE", "FROM");
            List<CredentialStatus> all = credentials.list();
            for (CredentialStatus s : all) {
                out.printf("%-12s %-28s %-15s %s%n", s.provider(), s.name(), s.isSet() ? s.masked() : "-",
                        s.isSet() ? s.source() : "not set");
            }
            all.stream().filter(s -> s.source().equals("scoutdesk.properties")).map(CredentialStatus::provider)
                    .distinct().forEach(p -> out.println("The workspace's scoutdesk.properties holds " + p
                            + " credentials: move them with `scoutdesk credentials set " + p + "`, then delete "
                            + "the lines from the file."));
            out.println("SCOUTDESK_<SETTING> environment variables win over the store (for scheduled jobs).");
            return 0;
        }
    }

    @Command(name = "test", mixinStandardHelpOptions = true,
            description = "Try a provider's credentials with one cheap real call: ok, bad credentials, not on this "
                    + "plan, rate limited, offline or not configured.")
    static final class TestCredentials extends Base {
        @Parameters(arity = "0..1", paramLabel = "PROVIDER",
                description = "spotify, mlc, chartmetric, youtube or llm.")
        String provider;

        @Option(names = "--all", description = "Test every provider.")
        boolean all;

        @Override
        int run(CredentialService credentials, ScoutDeskCommand root, PrintWriter out) {
            if (all == (provider != null)) {
                throw new ParameterException(spec.commandLine(), "Name one provider ("
                        + String.join(", ", credentials.providers()) + ") or give --all.");
            }
            List<CredentialTestResult> results = all ? credentials.testAll() : List.of(credentials.test(provider));
            boolean failed = false;
            for (CredentialTestResult r : results) {
                out.printf("%-12s %-22s %s%n", r.provider(), r.verdict().words(),
                        TerminalText.escapeKeepingLines(r.detail()));
                failed |= FAILURES.contains(r.verdict()) || !all && r.verdict() == CredentialVerdict.NOT_CONFIGURED;
            }
            return failed ? 1 : 0;
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true,
            description = "Remove a provider's credentials from the store (environment variables stay as they are).")
    static final class DeleteCredentials extends Base {
        @Parameters(paramLabel = "PROVIDER", description = "spotify, mlc, chartmetric, youtube or llm.")
        String provider;

        @Override
        int run(CredentialService credentials, ScoutDeskCommand root, PrintWriter out) {
            int removed = credentials.delete(provider);
            out.println(removed == 0 ? "There were no " + provider + " credentials in the "
                    + credentials.storeDescription() + "."
                    : "Removed " + removed + " " + provider + " value" + (removed == 1 ? "" : "s") + " from the "
                    + credentials.storeDescription() + ".");
            return 0;
        }
    }
}
