package com.scoutdesk.integration.chartmetric;

import static com.scoutdesk.integration.chartmetric.ChartmetricJson.changed;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * Maps the {@code obj} of Chartmetric's track answers. The ids and series shapes come from typed clients; the track's
 * {@code moods}, {@code activities}, songwriter and composer fields only from a third-party client, so they are read
 * tolerantly: arrays of strings or of {@code {name}} objects, under each name seen in the wild, and a missing one is
 * simply empty.
 */
final class ChartmetricTrackJson {

    private static final List<String> SONGWRITER_FIELDS = List.of("songwriters", "songwriter_names", "writers");
    private static final List<String> COMPOSER_FIELDS = List.of("composer_name", "composers", "composer_names");

    private ChartmetricTrackJson() {
    }

    /** {@code get-ids}: the first entry that has a Chartmetric id; empty when none has (not found). */
    static Optional<ChartmetricIds> ids(JsonNode obj) {
        if (!obj.isArray()) {
            throw changed("track ids that are not a list");
        }
        for (JsonNode entry : obj) {
            if (!entry.isObject()) {
                throw changed("a track ids entry that is not an object");
            }
            List<Long> cmIds = new ArrayList<>();
            entry.path("chartmetric_ids").forEach(id -> {
                if (id.canConvertToLong()) {
                    cmIds.add(id.asLong());
                }
            });
            if (!cmIds.isEmpty()) {
                return Optional.of(new ChartmetricIds(entry.path("isrc").asText(null), cmIds,
                        ChartmetricJson.texts(entry.get("spotify_ids")),
                        ChartmetricJson.texts(entry.get("youtube_ids"))));
            }
        }
        return Optional.empty();
    }

    /** {@code /api/track/{id}}. */
    static ChartmetricTrack track(JsonNode obj) {
        if (!obj.isObject() || !obj.path("id").canConvertToLong()) {
            throw changed("a track without its numeric id");
        }
        return new ChartmetricTrack(obj.get("id").asLong(), obj.path("name").asText(null),
                obj.path("isrc").asText(null), ChartmetricJson.names(obj.get("moods")),
                ChartmetricJson.names(obj.get("activities")), people(obj, SONGWRITER_FIELDS),
                people(obj, COMPOSER_FIELDS), ChartmetricJson.longOrNull(obj.path("cm_statistics").get("sp_streams")));
    }

    /** {@code .../stats/most-history}: one series per platform id, or, leniently, a single series object. */
    static List<StatSeries> series(JsonNode obj) {
        List<JsonNode> entries = new ArrayList<>();
        if (obj.isArray()) {
            obj.forEach(entries::add);
        } else if (obj.isObject() && obj.has("data")) {
            entries.add(obj);
        } else if (!obj.isNull()) {
            throw changed("statistics that are neither a list of series nor a series");
        }
        List<StatSeries> series = new ArrayList<>();
        for (JsonNode entry : entries) {
            JsonNode data = entry.get("data");
            if (data == null || !data.isArray()) {
                throw changed("a statistics series without its data list");
            }
            List<StatSeries.Point> points = new ArrayList<>();
            for (JsonNode point : data) {
                Long value = ChartmetricJson.longOrNull(point.get("value"));
                if (value != null) { // a day without a count is a gap, not 0
                    points.add(new StatSeries.Point(instant(point.path("timestp").asText("")), value));
                }
            }
            series.add(new StatSeries(points));
        }
        return series;
    }

    private static List<String> people(JsonNode obj, List<String> fields) {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        for (String field : fields) {
            JsonNode node = obj.get(field);
            if (node != null && node.isTextual()) { // "A, B" as one string
                Arrays.stream(node.asText().split("[,;]")).map(String::strip).filter(s -> !s.isEmpty())
                        .forEach(names::add);
            } else {
                names.addAll(ChartmetricJson.names(node));
            }
        }
        return List.copyOf(names);
    }

    private static Instant instant(String text) {
        try {
            return text.length() == 10 ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw changed("a statistics point with an unreadable timestp");
        }
    }
}
