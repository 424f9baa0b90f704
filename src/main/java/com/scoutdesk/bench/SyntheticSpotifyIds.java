package com.scoutdesk.bench;

/**
 * Deterministic, valid Spotify ids (22 base62 characters) for synthetic tracks, artists and albums: the same number
 * always gives the same id, different numbers of one kind never collide, and the ids look like real ones (no
 * counter-shaped run of zeros), so a fake server can derive its answers from the id alone.
 */
public final class SyntheticSpotifyIds {

    private static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final int HALF = 11;

    private SyntheticSpotifyIds() {
    }

    public static String track(long n) {
        return of(0x7_7261_636bL, n);
    }

    public static String artist(long n) {
        return of(0x6172_7469_7374L, n);
    }

    public static String album(long n) {
        return of(0x616c_6275_6dL, n);
    }

    /**
     * Two halves of 11 base62 digits each; the first is a bijective mix of {@code n} (62^11 > 2^64, so it is
     * injective), the second a mix of it with the kind's salt, so kinds differ even for the same number.
     */
    private static String of(long salt, long n) {
        long first = mix(n + salt);
        return base62(first) + base62(mix(first ^ salt));
    }

    /** SplitMix64's finaliser: a bijection on 64-bit values that spreads neighbouring numbers apart. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static String base62(long value) {
        char[] digits = new char[HALF];
        long rest = value;
        for (int i = HALF - 1; i >= 0; i--) {
            digits[i] = BASE62.charAt((int) Long.remainderUnsigned(rest, 62));
            rest = Long.divideUnsigned(rest, 62);
        }
        return new String(digits);
    }
}
