package com.scoutdesk.enrichment.stages;

import com.scoutdesk.enrichment.FoundCredit;
import com.scoutdesk.enrichment.TrackUpdate;
import com.scoutdesk.enrichment.fields.ChartmetricFields;
import com.scoutdesk.integration.chartmetric.ChartmetricIds;
import com.scoutdesk.integration.chartmetric.ChartmetricTrack;
import com.scoutdesk.integration.chartmetric.StatSeries;
import com.scoutdesk.model.CreditRole;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Turns what Chartmetric said about a track into tier 5's update. A part the plan did not serve (or Chartmetric did
 * not have) is null and leaves its fields unknown; a track answer that lists no moods, activities or songwriters makes
 * those "not available from chartmetric".
 */
final class ChartmetricUpdate {

    private ChartmetricUpdate() {
    }

    /** Chartmetric does not know the ISRC: that alone is recorded. */
    static TrackUpdate notFound() {
        return TrackUpdate.from(ChartmetricStage.SOURCE).value(ChartmetricFields.FOUND, false).build();
    }

    /**
     * @param track   the track answer, or null
     * @param streams the Spotify stream history, or null; without one, {@code cm_statistics.sp_streams} gives the
     *                total (and so the stage) but no growth and no as-of date
     * @param views   the YouTube view history, or null
     */
    static TrackUpdate of(ChartmetricIds ids, ChartmetricTrack track, StatSeries streams, StatSeries views) {
        TrackUpdate.Builder update = TrackUpdate.from(ChartmetricStage.SOURCE)
                .value(ChartmetricFields.FOUND, true)
                .value(ChartmetricFields.CHARTMETRIC_ID, ids.chartmetricId())
                .value(ChartmetricFields.YOUTUBE_IDS, joined(ids.youtubeIds()));
        if (track != null) {
            update.found(ChartmetricFields.MOODS, joined(track.moods()))
                    .found(ChartmetricFields.ACTIVITIES, joined(track.activities()));
            List<String> writers = writers(track);
            update.found(ChartmetricFields.SONGWRITERS, joined(writers));
            if (!writers.isEmpty()) {
                update.credits(credits(track));
            }
        }
        Long total = track == null ? null : track.spotifyStreams();
        Double perDay = null;
        if (streams != null && streams.latest() != null) {
            total = streams.latest().value();
            perDay = streams.perDay();
            update.value(ChartmetricFields.SERIES_DATE, streams.latest().at().atZone(ZoneOffset.UTC).toLocalDate()
                    .toString());
        }
        update.value(ChartmetricFields.SPOTIFY_STREAMS, total).value(ChartmetricFields.STREAMS_PER_DAY, perDay);
        ChartmetricTrackStage stage = ChartmetricTrackStage.of(total, perDay);
        update.value(ChartmetricFields.TRACK_STAGE, stage == null ? null : stage.label());
        if (views != null && views.latest() != null) {
            update.value(ChartmetricFields.YOUTUBE_VIEWS, views.latest().value())
                    .value(ChartmetricFields.YOUTUBE_VIEWS_PER_DAY, views.perDay());
        }
        return update.build();
    }

    /** Songwriters, then composers not already among them. */
    private static List<String> writers(ChartmetricTrack track) {
        LinkedHashSet<String> names = new LinkedHashSet<>(track.songwriters());
        names.addAll(track.composers());
        return List.copyOf(names);
    }

    /** Writers for the songwriters, composers for the composers not listed as songwriters: one credit a person. */
    private static List<FoundCredit> credits(ChartmetricTrack track) {
        List<FoundCredit> credits = new ArrayList<>();
        track.songwriters().forEach(name -> credits.add(new FoundCredit(name, null, CreditRole.WRITER)));
        track.composers().stream().filter(name -> !track.songwriters().contains(name))
                .forEach(name -> credits.add(new FoundCredit(name, null, CreditRole.COMPOSER)));
        return credits;
    }

    private static String joined(List<String> names) {
        return names.isEmpty() ? null : String.join(", ", names);
    }
}
