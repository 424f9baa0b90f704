package com.scoutdesk.scoring;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Label-name normalisation and the loading of the label list files; package-private helpers of the classifier. */
final class LabelNames {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");

    /**
     * Words that may follow a listed name without changing whose label it is: "Columbia Records",
     * "Atlantic Records UK", "Sony Music Entertainment". Only these words, so "Epic Beats" is not Epic and
     * "Island Breeze Music" is not Island.
     */
    static final Set<String> SUFFIX_WORDS = Set.of("records", "record", "recordings", "recording", "music",
            "entertainment", "group", "label", "labels", "inc", "llc", "ltd", "limited", "gmbh", "co", "corp",
            "company", "uk", "us", "usa", "international", "worldwide", "global");

    private LabelNames() {
    }

    /**
     * Lower case, accents dropped, "&" read as "and", every run of punctuation or space made one space:
     * "COLUMBIA", "Columbia." and " columbia " all become "columbia"; "Beyoncé" becomes "beyonce".
     */
    static String normalise(String name) {
        if (name == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
        String plain = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT).replace("&", " and ");
        return NOT_ALPHANUMERIC.matcher(plain).replaceAll(" ").trim();
    }

    /**
     * Whether {@code label} (normalised) is {@code name} (normalised), optionally followed only by
     * {@link #SUFFIX_WORDS}. Whole words only, so "columbia" does not match "columbian sounds"; spaces inside
     * the name do not count, so "CDBaby" matches "CD Baby" and "United Masters" matches "UnitedMasters".
     */
    static boolean matchesWithSuffixes(String label, String name) {
        String squashedName = name.replace(" ", "");
        if (squashedName.isEmpty() || label.isEmpty()) {
            return false;
        }
        String[] words = label.split(" ");
        StringBuilder prefix = new StringBuilder();
        for (int k = 0; k < words.length && prefix.length() < squashedName.length(); k++) {
            prefix.append(words[k]);
            if (prefix.toString().equals(squashedName)) {
                return Arrays.stream(words, k + 1, words.length).allMatch(SUFFIX_WORDS::contains);
            }
        }
        return false;
    }

    /** Reads a list file: one name per line, trimmed; blank lines and {@code #} comments ignored. */
    static List<String> load(String resource) {
        InputStream in = LabelNames.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Missing label list " + resource);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> names = new ArrayList<>();
            String line;
            while ((line = reader.readLine()) != null) {
                int comment = line.indexOf('#');
                String name = (comment >= 0 ? line.substring(0, comment) : line).strip();
                if (!name.isEmpty()) {
                    names.add(name);
                }
            }
            return List.copyOf(names);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read label list " + resource, e);
        }
    }
}
