package com.scoutdesk.model;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How two spellings of a person's name are told to be the same: sources write "Beyoncé" and "Beyonce", "Simon &
 * Garfunkel" and "Simon and Garfunkel", "AMY WADGE" and "Amy Wadge", "Jean-Pierre" and "Jean Pierre".
 */
public final class PersonNames {

    private PersonNames() {
    }

    /**
     * The name lower-cased, without accents, with "&amp;" read as "and", punctuation dropped and whitespace collapsed;
     * "" for null. Two names with the same normal form are taken for the same person only where the caller says so.
     */
    public static String normal(String name) {
        if (name == null) {
            return "";
        }
        String plain = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replace("&", " and ");
        return plain.replaceAll("['’`.]", "").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
