package com.scoutdesk.bench;

import java.util.Locale;

/**
 * The benchmark fake's synthetic catalogue keys: a 48-bit seed from any ISRC or query, and ids that carry their seed
 * (MusicBrainz ids in their last 12 hex digits, Chartmetric ids in their low 48 bits, MLC song codes in base 36), so
 * a look-up by id answers the same as the look-up that handed the id out, with no state on the server.
 */
final class SyntheticRegistryIds {

    static final long MASK = (1L << 48) - 1;
    private static final String URL_SAFE = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    /** MusicBrainz entity kinds, the first block of their ids. */
    static final int RECORDING = 0x5ec0d001;
    static final int LEAD = 0x5ec0a001;
    static final int WRITER = 0x5ec0a002;
    static final int WORK = 0x5ec0b001;

    private SyntheticRegistryIds() {
    }

    /** A stable seed for {@code text} (an ISRC, a search query). */
    static long seed(String text) {
        long h = 0x5c0de5c0deL;
        for (int i = 0; i < text.length(); i++) {
            h = SyntheticSpotifyIds.mix(h ^ text.charAt(i));
        }
        return h & MASK;
    }

    static long next(long seed) {
        return SyntheticSpotifyIds.mix(seed) & MASK;
    }

    static String mbid(int kind, long seed) {
        return String.format(Locale.ROOT, "%08x-0000-4000-8000-%012x", kind, seed & MASK);
    }

    /** The seed of an id made by {@link #mbid}, or -1 when it is not one. */
    static long seedOfMbid(String mbid) {
        return mbid.matches("[0-9a-f]{8}-0000-4000-8000-[0-9a-f]{12}") ? Long.parseLong(mbid.substring(24), 16)
                : -1;
    }

    static String songCode(long seed) {
        return "B" + Long.toString(seed & MASK, 36).toUpperCase(Locale.ROOT);
    }

    /** The seed of a song code made by {@link #songCode}, or -1. */
    static long seedOfSongCode(String code) {
        try {
            return code.startsWith("B") ? Long.parseLong(code.substring(1).toLowerCase(Locale.ROOT), 36) & MASK : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** A positive Chartmetric id carrying the seed. */
    static long chartmetricId(long seed) {
        return (seed & MASK) | (1L << 48);
    }

    static String youtubeId(long seed) {
        StringBuilder id = new StringBuilder();
        long rest = SyntheticSpotifyIds.mix(seed);
        for (int i = 0; i < 11; i++) {
            id.append(URL_SAFE.charAt((int) (rest & 63)));
            rest >>>= 6;
        }
        return id.toString();
    }

    /** An IPI name number with its mod-101 check digits. */
    static String ipi(long seed) {
        String nine = String.format(Locale.ROOT, "%09d", seed % 1_000_000_000L);
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (nine.charAt(i) - '0') * (10 - i);
        }
        int check = sum % 101;
        check = check == 0 ? 0 : (101 - check) % 100;
        return nine + String.format(Locale.ROOT, "%02d", check);
    }

    /** An ISWC, T and ten digits, with its check digit. */
    static String iswc(long seed) {
        String nine = String.format(Locale.ROOT, "%09d", seed % 1_000_000_000L);
        int sum = 1;
        for (int i = 0; i < 9; i++) {
            sum += (i + 1) * (nine.charAt(i) - '0');
        }
        return "T" + nine + (10 - sum % 10) % 10;
    }

    /** A person's name, the same for the same seed. */
    static String[] person(long seed) {
        String[] first = {"Mara", "Sam", "Jo", "Alex", "Kim", "Noor", "Ilse", "Teo", "Ruth", "Omar", "Lena", "Finn"};
        String[] last = {"Vell", "Quill", "Penn", "Brandt", "Fader", "Okafor", "Lind", "Moreau", "Sato", "Reyes"};
        return new String[] {first[(int) (seed % first.length)], last[(int) ((seed / first.length) % last.length)]
                + " " + Long.toString(seed % 997, 36).toUpperCase(Locale.ROOT)};
    }
}
