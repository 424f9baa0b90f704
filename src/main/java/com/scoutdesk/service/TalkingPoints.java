package com.scoutdesk.service;

import com.scoutdesk.enrichment.fields.MlcFields;
import com.scoutdesk.enrichment.fields.WebPlayerFields;
import com.scoutdesk.model.PublisherStatus;
import com.scoutdesk.scoring.WeightTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two to five points for the first message, each drawn from a stored fact: playlist momentum, growth, streams, the
 * score's evidence that the song may be free, and a question where the publishing is not known.
 */
final class TalkingPoints {

    static final int MAX = 5;
    /** An evidence line of the score ends in its signed points: "The MLC lists no publisher for the song: +2.5". */
    private static final Pattern POINTS = Pattern.compile("^(.*): ([+-]\\d+(?:\\.\\d+)?)$");
    /** The score's starting line ("Neutral start: +5.0") is no evidence of anything. */
    private static final String BASELINE = "Neutral start";
    private static final int EVIDENCE_LINES = 2;
    private static final double NEUTRAL = WeightTable.BASELINE_TENTHS / 10.0;

    private TalkingPoints() {
    }

    static List<String> of(TrackDetails details, WhyNowFacts why) {
        List<String> points = new ArrayList<>();
        if (!why.playlists().isEmpty()) {
            points.add("Playlist momentum: " + names(why.playlists()) + ", " + WhyNowFacts.plural(why.weeks(), "week")
                    + " so far" + why.newestAdd().map(a -> "; newest add " + a.playlist() + " (week of " + a.week()
                    + ")").orElse("") + ".");
        }
        why.growth().flatMap(TalkingPoints::growth).ifPresent(points::add);
        details.field(WebPlayerFields.SPOTIFY_STREAMS.name()).flatMap(FieldValue::knownValue)
                .ifPresent(streams -> points.add("Audience: " + BriefSources.count((Long) streams)
                        + " Spotify streams so far."));
        // Below the neutral start the score leans signed: its few points for "unsigned" would mislead as a pitch.
        details.score().filter(score -> score.score() > NEUTRAL).ifPresent(score -> {
            List<String> evidence = freeEvidence(score);
            if (!evidence.isEmpty()) {
                points.add(String.format(Locale.ROOT, "Signs it may be unsigned (score %.1f of 10): %s.",
                        score.score(), String.join("; ", evidence)));
            }
        });
        boolean publishingUnknown = details.field(MlcFields.PUBLISHER_STATUS.name()).flatMap(FieldValue::knownValue)
                .map(PublisherStatus.UNKNOWN::equals).orElse(true);
        if (publishingUnknown) {
            points.add("Ask who handles their publishing: it is not known yet.");
        }
        if (points.size() < 2) {
            points.add("Little is stored about this track yet: enrich it before reaching out, or ask how they "
                    + "release their music.");
        }
        return points.size() > MAX ? points.subList(0, MAX) : points;
    }

    /** "Growth: streams up 50.0% week over week, to 1,500."; empty when there is no percentage to give. */
    private static java.util.Optional<String> growth(WhyNowFacts.Growth g) {
        String span = g.toWeek().minusWeeks(1).equals(g.fromWeek()) ? "week over week"
                : "since the week of " + g.fromWeek();
        return g.percent().map(p -> String.format(Locale.ROOT, "Growth: streams %s %.1f%% %s, to %s.",
                p < 0 ? "down" : "up", Math.abs(p), span, BriefSources.count(g.toStreams())));
    }

    /** The score's lines that add points, their points cut off, strongest first as the score listed them. */
    private static List<String> freeEvidence(StoredScore score) {
        List<String> lines = new ArrayList<>();
        for (String line : score.evidence()) {
            Matcher m = POINTS.matcher(line.strip());
            if (m.matches() && !line.startsWith(BASELINE) && Double.parseDouble(m.group(2)) > 0) {
                lines.add(m.group(1));
            }
        }
        return lines.size() > EVIDENCE_LINES ? lines.subList(0, EVIDENCE_LINES) : lines;
    }

    private static String names(List<String> playlists) {
        if (playlists.size() <= 3) {
            return "on " + String.join(", ", playlists);
        }
        return "on " + String.join(", ", playlists.subList(0, 3)) + " and " + (playlists.size() - 3) + " more";
    }
}
