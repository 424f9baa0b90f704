package com.scoutdesk.scoring;

import com.scoutdesk.model.PublisherStatus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;

/**
 * Computes the "likely unsigned" score (0..10) of a track from its {@link ScoreInputs}, by the rules of the
 * {@link WeightTable}. Pure and thread-safe: the same inputs always give the same result, which is what lets a
 * caller recompute and store the score whenever an input changes.
 */
public final class UnsignedScorer {

    private static final int MAX_LABEL_CHARS = 80;

    private final LabelClassifier labels;

    public UnsignedScorer(LabelClassifier labels) {
        this.labels = labels;
    }

    /** A scorer over the label lists shipped with the application. */
    public static UnsignedScorer withDefaultLabels() {
        return new UnsignedScorer(LabelClassifier.fromClasspath());
    }

    /** Scores one track; unknown inputs add nothing and are listed in {@link ScoreResult#missing()}. */
    public ScoreResult score(ScoreInputs in) {
        Lines lines = new Lines();
        lines.add(WeightTable.BASELINE_RULE, "Neutral start");
        publisher(in, lines);
        pathway(in, lines);
        if (lines.known(ScoreFactor.EDITORIAL, in.editorialAppearances())) {
            int n = in.editorialAppearances();
            lines.add(WeightTable.editorialRule(n), n == 0 ? "On no editorial playlist"
                    : "On " + n + " editorial playlist" + (n == 1 ? "" : "s"));
        }
        if (lines.known(ScoreFactor.FRESH_FINDS, in.freshFindsAppearances())) {
            int n = in.freshFindsAppearances();
            lines.add(n == 0 ? "freshFinds.none" : "freshFinds.some", n == 0 ? "Not on Fresh Finds"
                    : "On " + n + " Fresh Finds playlist" + (n == 1 ? "" : "s") + ", a program for emerging artists");
        }
        if (lines.known(ScoreFactor.STREAMS, in.spotifyStreams())) {
            String rule = WeightTable.streamsRule(in.spotifyStreams());
            lines.add(rule, String.format(Locale.ROOT, "%,d Spotify streams (%s)", in.spotifyStreams(),
                    lowerFirst(WeightTable.rule(rule).description())));
        }
        if (lines.known(ScoreFactor.ISRC, in.hasIsrc())) {
            lines.add(in.hasIsrc() ? "metadata.hasIsrc" : "metadata.noIsrc",
                    in.hasIsrc() ? "Has an ISRC" : "No ISRC found");
        }
        if (lines.known(ScoreFactor.CREDITS, in.hasCredits())) {
            lines.add(in.hasCredits() ? "metadata.hasCredits" : "metadata.noCredits",
                    in.hasCredits() ? "Has credits" : "No credits at all");
        }
        if (lines.known(ScoreFactor.SONGWRITERS, in.songwriterCount())) {
            int n = in.songwriterCount();
            lines.add(WeightTable.songwritersRule(n), n + " songwriter" + (n == 1 ? "" : "s") + " credited");
        }
        if (lines.known(ScoreFactor.MUSICBRAINZ, in.hasMusicBrainzProfile())) {
            lines.add(in.hasMusicBrainzProfile() ? "musicbrainz.present" : "musicbrainz.none",
                    in.hasMusicBrainzProfile() ? "MusicBrainz has a profile for the artist"
                            : "MusicBrainz has no profile for the artist");
        }
        growth(in, lines);
        share(in, lines);
        viewGrowth(in, lines);
        return lines.result();
    }

    /** Only a song with a publisher has a share to read; one with none is the publisher status's case. */
    private static void share(ScoreInputs in, Lines lines) {
        PublisherStatus status = in.publisherStatus();
        if (status == PublisherStatus.UNPUBLISHED || status == PublisherStatus.NO_PUBLISHER) {
            return;
        }
        if (!lines.known(ScoreFactor.PUBLISHER_SHARE, in.publisherShare())) {
            return;
        }
        lines.add(WeightTable.shareRule(in.publisherShare()), String.format(Locale.ROOT,
                "Publishers hold %.2f %% of the song at The MLC", in.publisherShare()));
    }

    private static void viewGrowth(ScoreInputs in, Lines lines) {
        perDay(lines, ScoreFactor.VIEW_GROWTH, in.viewsPerDay(), "YouTube views",
                perDay -> WeightTable.viewGrowthRule(perDay, in.youtubeViews()));
    }

    private static void growth(ScoreInputs in, Lines lines) {
        perDay(lines, ScoreFactor.STREAM_GROWTH, in.streamsPerDay(), "Spotify streams",
                perDay -> WeightTable.growthRule(perDay, in.spotifyStreams()));
    }

    /** Growth a day, read by the band its rule gives; a band that needs the unknown total adds nothing. */
    private static void perDay(Lines lines, ScoreFactor factor, Double perDay, String what,
                               DoubleFunction<String> ruleFor) {
        if (!lines.known(factor, perDay)) {
            return;
        }
        String said = String.format(Locale.ROOT, "%,.0f %s a day", perDay, what);
        String rule = ruleFor.apply(perDay);
        if (rule == null) {
            lines.missing(factor, said + ", but the total is unknown: adds nothing");
            return;
        }
        lines.add(rule, said + " (" + lowerFirst(WeightTable.rule(rule).description()) + ")");
    }

    /** A rule's description inside a sentence: "Under 100 YouTube views" reads "under 100 YouTube views". */
    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
    }

    private static void publisher(ScoreInputs in, Lines lines) {
        PublisherStatus status = in.publisherStatus();
        if (lines.known(ScoreFactor.PUBLISHER, status)) {
            String text = switch (status) {
                case NO_PUBLISHER -> "The MLC lists no publisher for the song";
                case HAS_PUBLISHER -> "The MLC lists a publisher for the song";
                case UNPUBLISHED -> "The MLC knows the song, with no publisher share registered";
                case SELF_PUBLISHED -> "Only the writers' or artist's own companies publish the song";
                case SPLIT -> "Split between an independent publisher and the writers' own company";
                case INDIE -> "An independent publisher holds the song";
                case MAJOR -> "A major's publishing arm owns or administers the song";
                case UNKNOWN -> throw new IllegalStateException("UNKNOWN is read as null by ScoreInputs");
            };
            lines.add(WeightTable.publisherRule(status), text);
        }
    }

    private void pathway(ScoreInputs in, Lines lines) {
        LabelClassification found = labels.classify(in.label(), in.artistNames());
        if (found.pathway() == ReleasePathway.UNKNOWN) {
            lines.missing(ScoreFactor.RELEASE_PATHWAY, found.hasLabel()
                    ? "Label " + quote(found.label()) + " is on none of the label lists: adds nothing"
                    : ScoreFactor.RELEASE_PATHWAY.missingLine());
            return;
        }
        String label = "Label " + quote(in.label());
        String matched = quote(found.matched());
        String text = switch (found.pathway()) {
            case VANITY -> in.artistNames().stream().anyMatch(name -> name.strip().equals(found.matched()))
                    ? label + " looks like the artist's own vanity label"
                    : label + " is a self-release name (" + matched + ")";
            case DIY_DISTRIBUTOR -> label + " names the DIY distributor " + matched;
            case INDIE_LABEL -> label + " is the independent label " + matched;
            case MAJOR_DISTRIBUTED -> label + " is distributed by a major-owned company (" + matched + ")";
            case MAJOR -> label + " is the major label " + matched;
            case UNKNOWN -> throw new IllegalStateException("handled above");
        };
        lines.add(WeightTable.pathwayRule(found.pathway()), text);
    }

    private static String quote(String text) {
        String trimmed = text.strip();
        return "'" + (trimmed.length() > MAX_LABEL_CHARS ? trimmed.substring(0, MAX_LABEL_CHARS) + "..." : trimmed)
                + "'";
    }

    /** Tenths as a signed decimal, "+1.5", "-0.5", "+0.0"; by hand, as String.format cost more than the rules. */
    static String signed(int tenths) {
        int abs = Math.abs(tenths);
        return (tenths < 0 ? "-" : "+") + abs / 10 + "." + abs % 10;
    }

    /** Collects the breakdown in tenths, then clamps and records the clamp so that the lines add up. */
    private static final class Lines {
        private final List<Evidence> breakdown = new ArrayList<>();
        private final List<MissingInput> missing = new ArrayList<>();
        private int total;

        boolean known(ScoreFactor factor, Object value) {
            if (value == null) {
                missing(factor, factor.missingLine());
            }
            return value != null;
        }

        void missing(ScoreFactor factor, String line) {
            missing.add(new MissingInput(factor.id(), line));
        }

        void add(String ruleId, String text) {
            int tenths = WeightTable.rule(ruleId).weightTenths();
            total += tenths;
            breakdown.add(new Evidence(ruleId, tenths / 10.0, text + ": " + signed(tenths)));
        }

        ScoreResult result() {
            int clamped = Math.max(0, Math.min(WeightTable.MAX_TENTHS, total));
            if (clamped != total) {
                int adjustment = clamped - total;
                breakdown.add(new Evidence(WeightTable.CAP, adjustment / 10.0, String.format(Locale.ROOT,
                        "The rules add up to %.1f; the score stops at %.1f: %s", total / 10.0, clamped / 10.0,
                        signed(adjustment))));
            }
            return new ScoreResult(clamped / 10.0, breakdown, missing, WeightTable.VERSION);
        }
    }
}
