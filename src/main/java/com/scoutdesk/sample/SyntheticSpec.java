package com.scoutdesk.sample;

import com.scoutdesk.model.Week;

/**
 * The shape of a generated workspace.
 *
 * @param editorialPlaylists how many of {@code playlists} are Spotify editorial
 * @param weeklyChurn        share of a playlist's tracks replaced each week
 * @param sharedChance       chance that a replacement is a track already on another playlist
 * @param sample             marks every row as sample data
 */
public record SyntheticSpec(int playlists, int editorialPlaylists, int weeks, int playlistSize, double weeklyChurn,
                            double sharedChance, long seed, Week latestWeek, boolean sample) {

    /** The bundled sample: 10 playlists, 12 weeks, about 1,000 tracks. */
    public static SyntheticSpec sample(Week latestWeek) {
        return new SyntheticSpec(10, 4, 12, 50, 0.12, 0.15, 20260123L, latestWeek, true);
    }

    /**
     * A benchmark workspace of about {@code entries} weekly entries over about {@code entries / 5} tracks: 25 weeks
     * of playlists of 100 tracks, with the churn that yields that many distinct tracks.
     */
    public static SyntheticSpec benchmark(int entries, Week latestWeek) {
        int weeks = 25;
        int size = 100;
        int playlists = Math.max(1, Math.round(entries / (float) (weeks * size)));
        double distinctPerSlot = (entries / 5.0) / (playlists * size);
        double churn = Math.min(1.0, Math.max(0.0, (distinctPerSlot - 1) / (weeks - 1)));
        return new SyntheticSpec(playlists, Math.max(1, playlists / 4), weeks, size, churn, 0.0, 42L, latestWeek,
                false);
    }
}
