package com.scoutdesk.cli;

import com.scoutdesk.service.CredentialField;
import com.scoutdesk.service.CredentialService;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code scoutdesk credentials set PROVIDER}: asks for each value with echo off (or reads one line of standard input
 * per value when there is no terminal, for scripts), or takes them from the SCOUTDESK_* environment variables with
 * {@code --from-env}, and saves them in the credential store.
 */
@Command(name = "set", mixinStandardHelpOptions = true,
        description = "Save a provider's credentials in the OS keyring (or a file only you may read). Asks for each "
                + "value without showing it; without a terminal, reads one line of standard input per value.")
final class CredentialsSetCommand extends CredentialsCommand.Base {

    @Parameters(paramLabel = "PROVIDER", description = "spotify, mlc, chartmetric, youtube or llm.")
    String provider;

    @Option(names = "--from-env", description = "Take the values from the SCOUTDESK_<SETTING> environment variables "
            + "(e.g. SCOUTDESK_SPOTIFY_CLIENT_SECRET) instead of asking.")
    boolean fromEnvironment;

    @Override
    int run(CredentialService credentials, ScoutDeskCommand root, PrintWriter out) {
        List<CredentialField> fields = credentials.fields(provider); // refuses an unknown provider before asking
        List<String> notes = fromEnvironment ? credentials.setFromEnvironment(provider)
                : credentials.set(provider, ask(fields, root.secretInput()));
        out.println("Saved the " + provider + " credentials in the " + credentials.storeDescription() + ".");
        notes.forEach(out::println);
        out.println("`scoutdesk credentials test " + provider + "` tries them.");
        return 0;
    }

    private Map<String, String> ask(List<CredentialField> fields, SecretInput input) {
        Map<String, String> values = new LinkedHashMap<>();
        for (CredentialField field : fields) {
            char[] typed = input.read(provider + " " + field.label());
            if (typed == null) {
                throw new IllegalArgumentException("The input ended before the " + field.label() + " was given; "
                        + "nothing was saved.");
            }
            values.put(field.name(), new String(typed));
            Arrays.fill(typed, '\0');
        }
        return values;
    }
}
