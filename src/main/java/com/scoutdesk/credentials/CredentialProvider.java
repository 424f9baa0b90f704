package com.scoutdesk.credentials;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** A service ScoutDesk holds credentials for, named as the scout types it ({@code scoutdesk credentials set mlc}). */
public enum CredentialProvider {
    SPOTIFY("spotify", "Spotify"),
    MLC("mlc", "The MLC"),
    CHARTMETRIC("chartmetric", "Chartmetric"),
    YOUTUBE("youtube", "YouTube"),
    LLM("llm", "Language model");

    private final String id;
    private final String displayName;

    CredentialProvider(String id, String displayName) {
        this.id = id;
        this.displayName = displayName;
    }

    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    /** The values this provider needs, in the order they are asked for. */
    public List<CredentialKey> keys() {
        return Arrays.stream(CredentialKey.values()).filter(k -> k.provider() == this).toList();
    }

    public static Optional<CredentialProvider> fromId(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(p -> p.id.equals(wanted)).findFirst();
    }

    /** "spotify, mlc, ...", for messages about an unknown name. */
    public static String ids() {
        return Arrays.stream(values()).map(CredentialProvider::id).collect(Collectors.joining(", "));
    }
}
