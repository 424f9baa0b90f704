package com.scoutdesk.ui.dashboard;

import com.scoutdesk.model.Week;
import com.scoutdesk.service.Completeness;
import com.scoutdesk.service.TrackFilter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * The dashboard's filter inputs as plain values, so the window can keep them across a restart. Pickers are kept by
 * value (the week's first day, the playlist's id, the tag's name): a value no longer offered when the workspace
 * opens falls back to "all".
 *
 * @param week       the week's first day as {@code yyyy-MM-dd}, or null for all weeks
 * @param playlistId the playlist's database id, or null for all playlists
 * @param tag        the tag's name, or null for all tags
 */
public record SavedFilter(String week, Long playlistId, String tag, String search, double scoreLow,
                          double scoreHigh, Map<Completeness, Presence> completeness) {

    public SavedFilter {
        search = search == null ? "" : search;
        completeness = Map.copyOf(completeness);
    }

    /** The filter of a fresh window: everything. */
    public static SavedFilter none() {
        return new SavedFilter(null, null, null, "", TrackFilterModel.SCORE_MIN, TrackFilterModel.SCORE_MAX,
                Map.of());
    }

    /**
     * The filter these values stand for, without the pickers' options: the window queries with it while the options
     * are still loading. A week that does not parse counts as all weeks.
     */
    public TrackFilter toFilter() {
        Week picked = null;
        try {
            picked = week == null ? null : new Week(LocalDate.parse(week));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            picked = null;
        }
        return TrackFilterModel.filter(picked, playlistId, tag, search, scoreLow, scoreHigh, completeness);
    }

    /** The values as text, one entry per input set; "any" inputs are left out. */
    public Map<String, String> toStrings() {
        Map<String, String> out = new HashMap<>();
        if (week != null) {
            out.put("week", week);
        }
        if (playlistId != null) {
            out.put("playlist", playlistId.toString());
        }
        if (tag != null) {
            out.put("tag", tag);
        }
        if (!search.isEmpty()) {
            out.put("search", search);
        }
        out.put("scoreLow", Double.toString(scoreLow));
        out.put("scoreHigh", Double.toString(scoreHigh));
        completeness.forEach((part, presence) -> out.put("completeness." + part.name(), presence.name()));
        return out;
    }

    /** Reads what {@link #toStrings()} wrote; a value that does not parse is left at "any". */
    public static SavedFilter fromStrings(Map<String, String> in) {
        Map<Completeness, Presence> parts = new EnumMap<>(Completeness.class);
        for (Completeness part : Completeness.values()) {
            String value = in.get("completeness." + part.name());
            for (Presence presence : Presence.values()) {
                if (presence.name().equals(value) && presence != Presence.ANY) {
                    parts.put(part, presence);
                }
            }
        }
        return new SavedFilter(in.get("week"), parseLong(in.get("playlist")), in.get("tag"), in.get("search"),
                parseScore(in.get("scoreLow"), TrackFilterModel.SCORE_MIN),
                parseScore(in.get("scoreHigh"), TrackFilterModel.SCORE_MAX), parts);
    }

    private static Long parseLong(String text) {
        try {
            return text == null ? null : Long.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static double parseScore(String text, double fallback) {
        try {
            double value = text == null ? fallback : Double.parseDouble(text);
            return value >= TrackFilterModel.SCORE_MIN && value <= TrackFilterModel.SCORE_MAX ? value : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
