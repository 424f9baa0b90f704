package com.scoutdesk.service;

import com.scoutdesk.model.PublisherStatus;
import com.scoutdesk.model.Track;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a {@link TrackFilter} into a JPQL condition on the alias {@code t} (a Track) with its parameters, so the
 * list, the count, the stats and the export all filter the same way.
 */
final class TrackFilterQuery {

    private final String where;
    private final Map<String, Object> params;

    private TrackFilterQuery(String where, Map<String, Object> params) {
        this.where = where;
        this.params = params;
    }

    static TrackFilterQuery of(TrackFilter filter) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        if (filter.week().isPresent() || filter.playlistId().isPresent()) {
            // "t.id in (...)" lets the database build the set once; a correlated EXISTS probed it per track.
            StringBuilder entry = new StringBuilder("t.id in (select e.track.id from PlaylistEntry e where 1 = 1");
            filter.week().ifPresent(w -> {
                entry.append(" and e.weekStart = :week");
                params.put("week", w.start());
            });
            filter.playlistId().ifPresent(p -> {
                entry.append(" and e.playlist.id = :playlist");
                params.put("playlist", p);
            });
            conditions.add(entry.append(')').toString());
        }
        filter.tag().ifPresent(tag -> {
            conditions.add("t.id in (select tt.id from Track tt join tt.tags g where lower(g.name) = :tag)");
            params.put("tag", tag.toLowerCase(Locale.ROOT));
        });
        filter.search().ifPresent(text -> {
            conditions.add("t.searchText like :search escape '\\'");
            params.put("search", "%" + escapeLike(Track.normaliseForSearch(text)) + "%");
        });
        filter.minScore().ifPresent(min -> {
            conditions.add("t.unsignedScore >= :minScore");
            params.put("minScore", min);
        });
        filter.maxScore().ifPresent(max -> {
            conditions.add("t.unsignedScore <= :maxScore");
            params.put("maxScore", max);
        });
        filter.stage().ifPresent(stage -> {
            conditions.add("t.leadStage = :stage");
            params.put("stage", stage);
        });
        filter.completeness().forEach((part, has) -> {
            conditions.add(condition(part, has));
            if (part == Completeness.PUBLISHER) {
                params.put("unknownPublisher", PublisherStatus.UNKNOWN);
            }
        });
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        return new TrackFilterQuery(where, params);
    }

    private static String condition(Completeness part, boolean has) {
        String positive = switch (part) {
            case ISRC -> "t.isrc is not null";
            case CREDITS -> "t.hasCredits = true";
            case PUBLISHER -> "t.publisherStatus <> :unknownPublisher";
            case SONGWRITER -> "t.hasSongwriter = true";
        };
        return has ? positive : "not (" + positive + ")";
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** The condition, starting with " where ", or empty. */
    String where() {
        return where;
    }

    /** The condition with an extra one and-ed on. */
    String whereAnd(String extra) {
        return where.isEmpty() ? " where " + extra : where + " and " + extra;
    }

    <Q extends Query> Q bind(Q query) {
        params.forEach(query::setParameter);
        return query;
    }
}
