package com.scoutdesk.service;

import com.scoutdesk.model.PublisherStatus;
import com.scoutdesk.model.Track;
import jakarta.persistence.Query;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a {@link TrackFilter} into a condition on the alias {@code t} with its parameters, so the list, the count, the
 * stats and the export all filter the same way. Each condition is written twice, side by side: in JPQL on the entity
 * {@code Track} (the export's queries) and in SQL on the table {@code track} (the triage views' queries, which run
 * as plain JDBC: a JPQL query's first translation held the window's first dashboard back by a few hundred
 * milliseconds, README "UI benchmark").
 */
final class TrackFilterQuery {

    private final String where;
    private final Map<String, Object> params;
    private final String sqlWhere;
    private final List<Object> sqlParams;

    private TrackFilterQuery(String where, Map<String, Object> params, String sqlWhere, List<Object> sqlParams) {
        this.where = where;
        this.params = params;
        this.sqlWhere = sqlWhere;
        this.sqlParams = sqlParams;
    }

    static TrackFilterQuery of(TrackFilter filter) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        List<String> sql = new ArrayList<>();
        List<Object> sqlParams = new ArrayList<>();
        if (filter.week().isPresent() || filter.playlistId().isPresent()) {
            // "t.id in (...)" lets the database build the set once; a correlated EXISTS probed it per track.
            StringBuilder entry = new StringBuilder("t.id in (select e.track.id from PlaylistEntry e where 1 = 1");
            StringBuilder sqlEntry = new StringBuilder("t.id in (select e.track_id from playlist_entry e where 1 = 1");
            filter.week().ifPresent(w -> {
                entry.append(" and e.weekStart = :week");
                params.put("week", w.start());
                sqlEntry.append(" and e.week_start = ?");
                sqlParams.add(w.start());
            });
            filter.playlistId().ifPresent(p -> {
                entry.append(" and e.playlist.id = :playlist");
                params.put("playlist", p);
                sqlEntry.append(" and e.playlist_id = ?");
                sqlParams.add(p);
            });
            conditions.add(entry.append(')').toString());
            sql.add(sqlEntry.append(')').toString());
        }
        filter.tag().ifPresent(tag -> {
            conditions.add("t.id in (select tt.id from Track tt join tt.tags g where lower(g.name) = :tag)");
            params.put("tag", tag.toLowerCase(Locale.ROOT));
            sql.add("t.id in (select tt.track_id from track_tag tt join tag g on g.id = tt.tag_id "
                    + "where lower(g.name) = ?)");
            sqlParams.add(tag.toLowerCase(Locale.ROOT));
        });
        filter.search().ifPresent(text -> {
            String pattern = "%" + escapeLike(Track.normaliseForSearch(text)) + "%";
            conditions.add("t.searchText like :search escape '\\'");
            params.put("search", pattern);
            sql.add("t.search_text like ? escape '\\'");
            sqlParams.add(pattern);
        });
        filter.minScore().ifPresent(min -> {
            conditions.add("t.unsignedScore >= :minScore");
            params.put("minScore", min);
            sql.add("t.unsigned_score >= ?");
            sqlParams.add(min);
        });
        filter.maxScore().ifPresent(max -> {
            conditions.add("t.unsignedScore <= :maxScore");
            params.put("maxScore", max);
            sql.add("t.unsigned_score <= ?");
            sqlParams.add(max);
        });
        filter.stage().ifPresent(stage -> {
            conditions.add("t.leadStage = :stage");
            params.put("stage", stage);
            sql.add("t.lead_stage = ?");
            sqlParams.add(stage.name());
        });
        filter.completeness().forEach((part, has) -> {
            conditions.add(condition(part, has, false));
            sql.add(condition(part, has, true));
            if (part == Completeness.PUBLISHER) {
                params.put("unknownPublisher", PublisherStatus.UNKNOWN);
                sqlParams.add(PublisherStatus.UNKNOWN.name());
            }
        });
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        String sqlWhere = sql.isEmpty() ? "" : " where " + String.join(" and ", sql);
        return new TrackFilterQuery(where, params, sqlWhere, List.copyOf(sqlParams));
    }

    /** A completeness condition in JPQL, or in SQL when {@code sql}. */
    private static String condition(Completeness part, boolean has, boolean sql) {
        String positive = switch (part) {
            case ISRC -> "t.isrc is not null";
            case CREDITS -> sql ? "t.has_credits = true" : "t.hasCredits = true";
            case PUBLISHER -> sql ? "t.publisher_status <> ?" : "t.publisherStatus <> :unknownPublisher";
            case SONGWRITER -> sql ? "t.has_songwriter = true" : "t.hasSongwriter = true";
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

    /** The SQL condition on the table {@code track} aliased {@code t}, starting with " where ", or empty. */
    String sqlWhere() {
        return sqlWhere;
    }

    /** Binds the SQL condition's parameters from {@code first} on; returns the next free parameter index. */
    int bind(PreparedStatement statement, int first) throws SQLException {
        int index = first;
        for (Object value : sqlParams) {
            statement.setObject(index++, value);
        }
        return index;
    }
}
