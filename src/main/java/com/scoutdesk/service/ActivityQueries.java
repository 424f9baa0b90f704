package com.scoutdesk.service;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Activity page's queries: the newest lines matching a filter, their count, and the values present to filter by.
 * Kept apart from {@link DatabaseWorkspaceQueryService} so each query reads as one piece.
 */
final class ActivityQueries {

    private static final String FROM = " from ActivityEvent a left join a.track t left join a.playlist p";

    private ActivityQueries() {
    }

    static ActivityPage page(EntityManager em, ActivityFilter filter, int limit) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        String where = where(filter, parameters);
        TypedQuery<Object[]> rows = em.createQuery("select a.id, a.occurredAt, a.actor, a.kind, t.id, t.name, p.id, "
                + "p.name, a.tier, a.outcome, a.message" + FROM + where + " order by a.occurredAt desc, a.id desc",
                Object[].class);
        // The count joins only when the filter reads a track's or playlist's text: the log can hold a line per tier
        // and track, and counting it through two outer joins it does not need costs time for nothing.
        boolean joins = filter.trackText() != null || filter.search() != null;
        TypedQuery<Long> count = em.createQuery("select count(a)" + (joins ? FROM : " from ActivityEvent a") + where,
                Long.class);
        parameters.forEach((name, value) -> {
            rows.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<ActivityEntry> entries = rows.setMaxResults(limit).getResultList().stream().map(r -> new ActivityEntry(
                (Long) r[0], (Instant) r[1], (String) r[2], (String) r[3], (Long) r[4], (String) r[5], (Long) r[6],
                (String) r[7], (Integer) r[8], (String) r[9], (String) r[10])).toList();
        // A page shorter than the limit is the whole result: no need to count it again.
        long total = entries.size() < limit ? entries.size() : count.getSingleResult();
        return new ActivityPage(entries, total);
    }

    static ActivityChoices choices(EntityManager em) {
        // One grouped scan gives the kinds, outcomes and tiers; three distinct queries took three scans of the log.
        Set<String> kinds = new TreeSet<>();
        Set<String> outcomes = new TreeSet<>();
        Set<Integer> tiers = new TreeSet<>();
        for (Object[] r : em.createQuery("select a.kind, a.outcome, a.tier from ActivityEvent a "
                + "group by a.kind, a.outcome, a.tier", Object[].class).getResultList()) {
            kinds.add((String) r[0]);
            if (r[1] != null) {
                outcomes.add((String) r[1]);
            }
            if (r[2] != null) {
                tiers.add((Integer) r[2]);
            }
        }
        // Asked per playlist (the foreign key's index answers it), not by scanning the log for its playlists.
        List<ActivityChoices.PlaylistRef> playlists = em.createQuery("select p.id, p.name from Playlist p where "
                + "exists (select 1 from ActivityEvent a where a.playlist = p)", Object[].class).getResultList()
                .stream().map(r -> new ActivityChoices.PlaylistRef((Long) r[0], (String) r[1]))
                .sorted((x, y) -> String.CASE_INSENSITIVE_ORDER.compare(x.name(), y.name())).toList();
        return new ActivityChoices(List.copyOf(kinds), List.copyOf(outcomes), List.copyOf(tiers), playlists);
    }

    /** The where clause of {@code filter}, its values put into {@code parameters}. */
    private static String where(ActivityFilter filter, Map<String, Object> parameters) {
        List<String> clauses = new ArrayList<>();
        if (!filter.kinds().isEmpty()) {
            clauses.add("a.kind in :kinds");
            parameters.put("kinds", filter.kinds());
        }
        if (filter.trackId() != null) {
            clauses.add("a.track.id = :trackId");
            parameters.put("trackId", filter.trackId());
        }
        if (filter.trackText() != null) {
            // The track's search text holds its name, artists and songwriters, lower-cased.
            clauses.add("t.searchText like :trackText escape '\\'");
            parameters.put("trackText", contains(filter.trackText()));
        }
        if (filter.playlistId() != null) {
            clauses.add("a.playlist.id = :playlistId");
            parameters.put("playlistId", filter.playlistId());
        }
        if (filter.tier() != null) {
            clauses.add("a.tier = :tier");
            parameters.put("tier", filter.tier());
        }
        if (filter.outcome() != null) {
            clauses.add("a.outcome = :outcome");
            parameters.put("outcome", filter.outcome());
        }
        if (filter.from() != null) {
            clauses.add("a.occurredAt >= :from");
            parameters.put("from", filter.from());
        }
        if (filter.to() != null) {
            clauses.add("a.occurredAt < :to");
            parameters.put("to", filter.to());
        }
        if (filter.search() != null) {
            clauses.add("(lower(a.message) like :search escape '\\' or t.searchText like :search escape '\\' "
                    + "or lower(p.name) like :search escape '\\')");
            parameters.put("search", contains(filter.search()));
        }
        return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
    }

    /** A like pattern for "contains {@code text}", lower-cased, its wildcards taken literally. */
    static String contains(String text) {
        String escaped = text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
