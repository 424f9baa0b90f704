package com.scoutdesk.service;

import com.scoutdesk.credentials.CredentialKey;
import com.scoutdesk.credentials.CredentialProvider;
import com.scoutdesk.credentials.CredentialResolver;
import com.scoutdesk.credentials.CredentialSource;
import com.scoutdesk.credentials.CredentialStore;
import com.scoutdesk.credentials.CredentialStoreException;
import com.scoutdesk.credentials.Masked;
import com.scoutdesk.integration.common.ConnectionResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The scout's credentials for the providers: set, list (where each is set from, never its value), delete and test.
 * Values go to the user's credential store (OS keyring or a private file), never to the workspace; the environment
 * still wins over the store, for scheduled jobs.
 */
public final class CredentialService {

    private final CredentialResolver resolver;
    private final Map<CredentialProvider, Supplier<ConnectionResult>> tests;

    /**
     * @param tests the connection test of each provider that has one; each runs one cheap real call with the
     *              credentials as they are found at that moment
     */
    public CredentialService(CredentialResolver resolver, Map<CredentialProvider, Supplier<ConnectionResult>> tests) {
        this.resolver = resolver;
        this.tests = tests.isEmpty() ? Map.of() : new EnumMap<>(tests);
    }

    /** Where values are saved, e.g. "OS keyring (Secret Service)". */
    public String storeDescription() {
        return store().description();
    }

    /** The provider ids, e.g. "spotify", in the order they are listed. */
    public List<String> providers() {
        return Arrays.stream(CredentialProvider.values()).map(CredentialProvider::id).toList();
    }

    /** The provider as the scout knows it, e.g. "The MLC", for a heading. */
    public String displayName(String provider) {
        return provider(provider).displayName();
    }

    /** What to ask the scout for, in order. */
    public List<CredentialField> fields(String provider) {
        return provider(provider).keys().stream()
                .map(k -> new CredentialField(k.name(), k.label(), k.isSecret())).toList();
    }

    /**
     * Saves every value of one provider in the store.
     *
     * @param values by setting name, one for each of {@link #fields(String)}
     * @return notes for the scout: values the environment or scoutdesk.properties still hold
     */
    public List<String> set(String provider, Map<String, String> values) {
        CredentialProvider p = provider(provider);
        for (CredentialKey key : p.keys()) {
            String value = values.get(key.name());
            if (value == null || value.isBlank()) {
                throw new InvalidInputException("credential", "No " + key.label() + " was given for "
                        + p.displayName() + "; nothing was saved.", null);
            }
        }
        List<String> notes = new ArrayList<>();
        for (CredentialKey key : p.keys()) {
            storeRun(() -> store().put(key, values.get(key.name()).strip()));
            resolver.find(key).filter(f -> f.source() == CredentialSource.ENVIRONMENT).ifPresent(f -> notes.add(
                    key.environmentName() + " is set in the environment and wins over the saved " + key.label()
                            + "."));
        }
        return notes;
    }

    /**
     * Saves the values the environment holds ({@code SCOUTDESK_<SETTING>}) in the store, so that the variables can
     * be removed from a shell profile or a job's definition.
     */
    public List<String> setFromEnvironment(String provider) {
        CredentialProvider p = provider(provider);
        Map<String, String> values = new java.util.HashMap<>();
        for (CredentialKey key : p.keys()) {
            Optional<CredentialResolver.Found> found = storeDo(() -> resolver.find(key))
                    .filter(f -> f.source() == CredentialSource.ENVIRONMENT);
            if (found.isEmpty()) {
                throw new InvalidInputException("credential", key.environmentName() + " is not set in the "
                        + "environment; nothing was saved.", null);
            }
            values.put(key.name(), found.get().value());
        }
        set(provider, values);
        return p.keys().stream().map(k -> "You may now remove " + k.environmentName() + " from the environment; "
                + "while it is set it wins over the saved value.").toList();
    }

    public List<CredentialStatus> list() {
        List<CredentialStatus> all = new ArrayList<>();
        for (CredentialKey key : CredentialKey.values()) {
            Optional<CredentialResolver.Found> found = storeDo(() -> resolver.find(key));
            all.add(new CredentialStatus(key.provider().id(), key.name(), key.label(),
                    found.map(f -> f.source().label()).orElse(""),
                    found.map(f -> Masked.of(key, f.value())).orElse("")));
        }
        return all;
    }

    /** Removes a provider's values from the store; returns how many there were. The environment is not touched. */
    public int delete(String provider) {
        int removed = 0;
        for (CredentialKey key : provider(provider).keys()) {
            if (storeDo(() -> store().delete(key))) {
                removed++;
            }
        }
        return removed;
    }

    public List<CredentialTestResult> testAll() {
        return Arrays.stream(CredentialProvider.values()).map(this::test).toList();
    }

    public CredentialTestResult test(String provider) {
        return test(provider(provider));
    }

    private CredentialTestResult test(CredentialProvider p) {
        List<String> missing = p.keys().stream().filter(k -> storeDo(() -> resolver.find(k)).isEmpty())
                .map(CredentialKey::label).toList();
        if (!missing.isEmpty()) {
            return result(p, CredentialVerdict.NOT_CONFIGURED, "no " + String.join(" and no ", missing)
                    + (missing.size() == 1 ? " is set" : " are set"));
        }
        Supplier<ConnectionResult> test = tests.get(p);
        if (test == null) {
            return result(p, CredentialVerdict.NO_TEST, "the credentials are set; ScoutDesk cannot test them yet");
        }
        ConnectionResult answer = test.get();
        return result(p, CredentialVerdict.valueOf(answer.verdict().name()), withoutValues(p, answer.detail()));
    }

    /** Belt and braces: a provider's message should hold no credential, and this makes sure of it. */
    private String withoutValues(CredentialProvider p, String detail) {
        String clean = detail;
        for (CredentialKey key : p.keys()) {
            Optional<CredentialResolver.Found> found = resolver.find(key);
            if (found.isPresent() && found.get().value().length() >= 4) {
                clean = clean.replace(found.get().value(), "***");
            }
        }
        return clean;
    }

    private static CredentialTestResult result(CredentialProvider p, CredentialVerdict verdict, String detail) {
        return new CredentialTestResult(p.id(), p.displayName(), verdict, detail);
    }

    private CredentialStore store() {
        return resolver.store();
    }

    private static CredentialProvider provider(String name) {
        return CredentialProvider.fromId(name == null ? "" : name).orElseThrow(() -> new InvalidInputException(
                "provider", "There are no credentials for \"" + name + "\". Known providers: "
                        + CredentialProvider.ids() + ".", null));
    }

    private static <T> T storeDo(Supplier<T> call) {
        try {
            return call.get();
        } catch (CredentialStoreException e) {
            throw new UseCaseException(e.getMessage(), e);
        }
    }

    private static void storeRun(Runnable call) {
        storeDo(() -> {
            call.run();
            return null;
        });
    }
}
