package com.scoutdesk.scoring;

import static com.scoutdesk.scoring.ScoreFactor.BASELINE;
import static com.scoutdesk.scoring.ScoreFactor.CREDITS;
import static com.scoutdesk.scoring.ScoreFactor.EDITORIAL;
import static com.scoutdesk.scoring.ScoreFactor.FRESH_FINDS;
import static com.scoutdesk.scoring.ScoreFactor.ISRC;
import static com.scoutdesk.scoring.ScoreFactor.MUSICBRAINZ;
import static com.scoutdesk.scoring.ScoreFactor.PUBLISHER;
import static com.scoutdesk.scoring.ScoreFactor.PUBLISHER_SHARE;
import static com.scoutdesk.scoring.ScoreFactor.RELEASE_PATHWAY;
import static com.scoutdesk.scoring.ScoreFactor.SONGWRITERS;
import static com.scoutdesk.scoring.ScoreFactor.STREAMS;
import static com.scoutdesk.scoring.ScoreFactor.STREAM_GROWTH;
import static com.scoutdesk.scoring.ScoreFactor.VIEW_GROWTH;

import com.scoutdesk.model.PublisherStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * THE weight table of the unsigned score: every rule, its weight and its thresholds, in one place, so that
 * the backend that stores a score and the UI that explains it read the same numbers.
 *
 * <p>How the score is built: it starts at a neutral {@value #BASELINE_TENTHS} tenths (5.0) and each known input
 * adds the signed weight of exactly one of its rules. Unknown inputs add nothing, so a track nobody has
 * enriched stays at 5.0: "unknown is never unsigned" (and never signed either). The sum is clamped to 0..10;
 * when the clamp bites, a {@value #CAP} line records the points it removed or added, so the breakdown still
 * adds up to the score exactly. A clamp was preferred over tiny weights because strong evidence (an MLC
 * publisher and a major label) should saturate the scale rather than be diluted.
 *
 * <p>Change a weight here and bump {@link #VERSION}: stored breakdowns carry the version they were computed
 * with, so they can be recomputed.
 */
public final class WeightTable {

    /** Version of this table, stored with every breakdown. */
    public static final int VERSION = 3;

    public static final int BASELINE_TENTHS = 50;
    public static final int MAX_TENTHS = 100;

    public static final String BASELINE_RULE = "baseline";
    public static final String CAP = "cap";

    /** Stream bands: fewer plays, more likely unsigned. Upper bounds are exclusive. */
    public static final long STREAMS_LOW = 50_000L;
    public static final long STREAMS_MID = 500_000L;
    public static final long STREAMS_HIGH = 5_000_000L;

    /** Editorial playlists (Fresh Finds excluded) from which label pitching power shows. */
    public static final int EDITORIAL_MANY = 3;

    /** Songwriter counts: a self-written song versus a writing camp. */
    public static final int SONGWRITERS_FEW_MAX = 1;
    public static final int SONGWRITERS_CAMP_MIN = 4;

    /**
     * Stream growth per day (Chartmetric), read as an A&R scout does: a small song (under {@link #STREAMS_MID}
     * streams) gaining {@value #GROWTH_FAST_PER_DAY} or more a day is taking off before the industry has noticed,
     * the hottest unsigned lead; the same speed on a big song usually has a label's marketing behind it. Growth
     * under {@value #GROWTH_STEADY_PER_DAY} a day (or falling) tells nothing. Without a known total, growth adds
     * nothing (small and big cannot be told apart).
     */
    public static final double GROWTH_STEADY_PER_DAY = 100.0;
    public static final double GROWTH_FAST_PER_DAY = 1_000.0;
    /**
     * A share under this (a little under 100 %, as shares are registered with two decimals) leaves part of the song
     * without a publisher. View growth is read with the same bands as stream growth, views for streams.
     */
    public static final double FULL_SHARE = 99.5;

    private static final List<ScoreRule> RULES = List.of(
            rule(BASELINE_RULE, BASELINE, 50, "Neutral start: a track with nothing known scores 5.0"),
            rule("publisher.none", PUBLISHER, 25, "The MLC lists no publisher for the song"),
            rule("publisher.has", PUBLISHER, -40, "The MLC lists a publisher: the publishing is signed"),
            rule("publisher.unpublished", PUBLISHER, 25, "The MLC knows the song, with no publisher share registered"),
            rule("publisher.self", PUBLISHER, 20, "Only the writers' or artist's own publishing companies"),
            rule("publisher.split", PUBLISHER, -10, "An independent publisher holds part, the writers' own company "
                    + "the rest: taken by its most signed part, with some room left"),
            rule("publisher.indie", PUBLISHER, -15, "An independent publisher holds the song"),
            rule("publisher.major", PUBLISHER, -45, "A major's publishing arm owns or administers (part of) the "
                    + "song"),
            rule("pathway.vanity", RELEASE_PATHWAY, 15, "Vanity or self-release label (artist's own name, "
                    + "'<artist> Records', DistroKid's 'Records DK')"),
            rule("pathway.diy", RELEASE_PATHWAY, 15, "Released through a DIY distributor anyone can use"),
            rule("pathway.indie", RELEASE_PATHWAY, 5, "Known independent label: a deal, but not with a major"),
            rule("pathway.majorDistributed", RELEASE_PATHWAY, -10, "Label distributed by a major-owned company"),
            rule("pathway.major", RELEASE_PATHWAY, -25, "Major label or one of its frontline labels"),
            rule("editorial.none", EDITORIAL, 0, "On no editorial playlist (Fresh Finds not counted)"),
            rule("editorial.few", EDITORIAL, -5, "On one or two editorial playlists"),
            rule("editorial.many", EDITORIAL, -10, "On three or more editorial playlists: label pitching power"),
            rule("freshFinds.none", FRESH_FINDS, 0, "Not on Fresh Finds"),
            rule("freshFinds.some", FRESH_FINDS, 15, "On Fresh Finds, Spotify's program for emerging, mostly "
                    + "unsigned artists"),
            rule("streams.under50k", STREAMS, 10, "Under 50,000 streams"),
            rule("streams.under500k", STREAMS, 5, "50,000 to 499,999 streams"),
            rule("streams.under5m", STREAMS, 0, "500,000 to 4,999,999 streams"),
            rule("streams.over5m", STREAMS, -10, "5,000,000 streams or more"),
            rule("metadata.noIsrc", ISRC, 5, "No ISRC found: sparse metadata"),
            rule("metadata.hasIsrc", ISRC, 0, "Has an ISRC"),
            rule("metadata.noCredits", CREDITS, 5, "No credits at all: sparse metadata"),
            rule("metadata.hasCredits", CREDITS, 0, "Has credits"),
            rule("metadata.fewSongwriters", SONGWRITERS, 5, "At most one songwriter credited"),
            rule("metadata.someSongwriters", SONGWRITERS, 0, "Two or three songwriters credited"),
            rule("metadata.songwriterCamp", SONGWRITERS, -5, "Four or more songwriters: a writing camp"),
            rule("musicbrainz.none", MUSICBRAINZ, 5, "MusicBrainz has no profile for the artist"),
            rule("musicbrainz.present", MUSICBRAINZ, 0, "MusicBrainz has a profile for the artist"),
            rule("growth.flat", STREAM_GROWTH, 0, "Under 100 streams a day, or falling"),
            rule("growth.steadySmall", STREAM_GROWTH, 5, "100 to 999 streams a day on a song under 500,000 streams"),
            rule("growth.fastSmall", STREAM_GROWTH, 15, "1,000 or more streams a day on a song under 500,000 "
                    + "streams: taking off before the industry notices"),
            rule("growth.steadyLarge", STREAM_GROWTH, 0, "100 to 999 streams a day on a song with 500,000 or more"),
            rule("growth.fastLarge", STREAM_GROWTH, -5, "1,000 or more streams a day on a song with 500,000 or "
                    + "more: growth at that scale usually has a label's marketing behind it"),
            rule("share.partial", PUBLISHER_SHARE, 5, "Publishers hold under 100 % of the song at The MLC: a "
                    + "songwriter's share has no publisher yet"),
            rule("share.full", PUBLISHER_SHARE, 0, "Publishers hold the whole song at The MLC"),
            rule("views.flat", VIEW_GROWTH, 0, "Under 100 YouTube views a day, or falling"),
            rule("views.steadySmall", VIEW_GROWTH, 5, "100 to 999 YouTube views a day on a video under 500,000 views"),
            rule("views.fastSmall", VIEW_GROWTH, 10, "1,000 or more YouTube views a day on a video under 500,000 "
                    + "views: found by an audience before the industry"),
            rule("views.steadyLarge", VIEW_GROWTH, 0, "100 to 999 YouTube views a day on a video with 500,000 or more"),
            rule("views.fastLarge", VIEW_GROWTH, 0, "1,000 or more YouTube views a day on a video with 500,000 or "
                    + "more: reach, not a sign either way"),
            rule(CAP, ScoreFactor.CAP, 0, "Keeps the score within 0-10; its points are what the clamp removed "
                    + "or added"));

    private static final Map<String, ScoreRule> BY_ID = index();

    private WeightTable() {
    }

    /** Every rule, in display order. */
    public static List<ScoreRule> rules() {
        return RULES;
    }

    /** The rule with this id. */
    public static ScoreRule rule(String id) {
        ScoreRule rule = BY_ID.get(id);
        if (rule == null) {
            throw new NoSuchElementException("No score rule " + id);
        }
        return rule;
    }

    /** The rule id for a release pathway; null for UNKNOWN, which has no rule because it adds nothing. */
    public static String pathwayRule(ReleasePathway pathway) {
        return switch (pathway) {
            case VANITY -> "pathway.vanity";
            case DIY_DISTRIBUTOR -> "pathway.diy";
            case INDIE_LABEL -> "pathway.indie";
            case MAJOR_DISTRIBUTED -> "pathway.majorDistributed";
            case MAJOR -> "pathway.major";
            case UNKNOWN -> null;
        };
    }

    /** The rule id for a publisher status; null for UNKNOWN, which adds nothing. */
    public static String publisherRule(PublisherStatus status) {
        return switch (status) {
            case NO_PUBLISHER -> "publisher.none";
            case HAS_PUBLISHER -> "publisher.has";
            case UNPUBLISHED -> "publisher.unpublished";
            case SELF_PUBLISHED -> "publisher.self";
            case SPLIT -> "publisher.split";
            case INDIE -> "publisher.indie";
            case MAJOR -> "publisher.major";
            case UNKNOWN -> null;
        };
    }

    /** The rule id for a stream count. */
    public static String streamsRule(long streams) {
        if (streams < STREAMS_LOW) {
            return "streams.under50k";
        }
        if (streams < STREAMS_MID) {
            return "streams.under500k";
        }
        return streams < STREAMS_HIGH ? "streams.under5m" : "streams.over5m";
    }

    /** The rule id for a count of editorial playlists (Fresh Finds excluded). */
    public static String editorialRule(int appearances) {
        if (appearances <= 0) {
            return "editorial.none";
        }
        return appearances < EDITORIAL_MANY ? "editorial.few" : "editorial.many";
    }

    /** The rule id for a registered publisher share (percent, 0-100) of a song that has a publisher. */
    public static String shareRule(double percent) {
        return percent < FULL_SHARE ? "share.partial" : "share.full";
    }

    /** The rule id for YouTube views a day on a video of {@code views}; null when the total decides and is unknown. */
    public static String viewGrowthRule(double perDay, Long views) {
        String streams = growthRule(perDay, views);
        return streams == null ? null : streams.replace("growth.", "views.");
    }

    /** The rule id for growth per day on a song of {@code streams}; null when the total decides and is unknown. */
    public static String growthRule(double perDay, Long streams) {
        if (perDay < GROWTH_STEADY_PER_DAY) {
            return "growth.flat";
        }
        if (streams == null) {
            return null;
        }
        boolean small = streams < STREAMS_MID;
        if (perDay < GROWTH_FAST_PER_DAY) {
            return small ? "growth.steadySmall" : "growth.steadyLarge";
        }
        return small ? "growth.fastSmall" : "growth.fastLarge";
    }

    /** The rule id for a songwriter count. */
    public static String songwritersRule(int count) {
        if (count <= SONGWRITERS_FEW_MAX) {
            return "metadata.fewSongwriters";
        }
        return count < SONGWRITERS_CAMP_MIN ? "metadata.someSongwriters" : "metadata.songwriterCamp";
    }

    private static ScoreRule rule(String id, ScoreFactor factor, int tenths, String description) {
        return new ScoreRule(id, factor, tenths, description);
    }

    private static Map<String, ScoreRule> index() {
        Map<String, ScoreRule> byId = new LinkedHashMap<>();
        for (ScoreRule rule : RULES) {
            if (byId.put(rule.id(), rule) != null) {
                throw new IllegalStateException("Duplicate score rule " + rule.id());
            }
        }
        return Map.copyOf(byId);
    }
}
