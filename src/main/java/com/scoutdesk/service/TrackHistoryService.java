package com.scoutdesk.service;

import com.scoutdesk.model.ActivityEvent;
import com.scoutdesk.model.Person;
import com.scoutdesk.model.SocialLink;
import com.scoutdesk.persistence.Database;
import com.scoutdesk.service.trends.TrendTables;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Reads what happened to one track over time ({@link TrackHistory}): playlist weeks, weekly snapshots, activity and
 * the links of the people credited. Read-only; an unknown track number is a {@link NotFoundException}.
 */
public final class TrackHistoryService {

    /** The most activity lines one history holds: a track's log grows with every re-enrichment. */
    public static final int ACTIVITY_LIMIT = 200;

    private final Database db;

    public TrackHistoryService(Database db) {
        this.db = db;
    }

    public TrackHistory history(long trackId) {
        TrackHistory read = db.read(em -> {
            TrackLeadWriter.find(em, trackId);
            return new TrackHistory(appearances(em, trackId), List.of(), activity(em, trackId), people(em, trackId));
        });
        return new TrackHistory(read.appearances(), snapshots(trackId), read.activity(), read.people());
    }

    private static List<PlaylistAppearance> appearances(EntityManager em, long trackId) {
        return em.createQuery("select e.weekStart, e.playlist.name, e.position from PlaylistEntry e "
                        + "where e.track.id = :id order by e.weekStart desc, e.playlist.name, e.id", Object[].class)
                .setParameter("id", trackId).getResultList().stream()
                .map(r -> new PlaylistAppearance((LocalDate) r[0], (String) r[1], (Integer) r[2])).toList();
    }

    /** The chart's series, from the trends code: the stored values with their stale marks and changes. */
    private List<WeeklySnapshot> snapshots(long trackId) {
        return db.readJdbc(c -> TrendTables.series(c, trackId)).stream()
                .map(p -> new WeeklySnapshot(p.week(), p.streams(), p.views(), p.gap(), p.streamsStale(),
                        p.viewsStale(), p.streamsStale() ? null : p.wowStreamsPct(),
                        p.viewsStale() ? null : p.wowViewsPct()))
                .toList();
    }

    private static List<ActivityRow> activity(EntityManager em, long trackId) {
        return em.createQuery("select a from ActivityEvent a where a.track.id = :id "
                        + "order by a.occurredAt desc, a.id desc", ActivityEvent.class)
                .setParameter("id", trackId).setMaxResults(ACTIVITY_LIMIT).getResultList().stream()
                .map(a -> new ActivityRow(a.getOccurredAt(), a.getActor(), a.getKind(), a.getOutcome(),
                        a.getMessage()))
                .toList();
    }

    private static List<PersonLinks> people(EntityManager em, long trackId) {
        return em.createQuery("select distinct p from Person p where p.id in (select c.person.id from Credit c "
                        + "where c.track.id = :id)", Person.class)
                .setParameter("id", trackId).getResultList().stream()
                .sorted(Comparator.comparing(Person::getName).thenComparing(Person::getId))
                .map(p -> new PersonLinks(p.getId(), p.getName(), links(p), p.getLinksSource(),
                        p.getLinksFetchedAt()))
                .toList();
    }

    private static Map<SocialLink, String> links(Person p) {
        Map<SocialLink, String> links = new EnumMap<>(SocialLink.class);
        put(links, SocialLink.INSTAGRAM, p.getInstagramUrl());
        put(links, SocialLink.X, p.getXUrl());
        put(links, SocialLink.TIKTOK, p.getTiktokUrl());
        put(links, SocialLink.FACEBOOK, p.getFacebookUrl());
        put(links, SocialLink.YOUTUBE, p.getYoutubeUrl());
        put(links, SocialLink.BANDCAMP, p.getBandcampUrl());
        put(links, SocialLink.SOUNDCLOUD, p.getSoundcloudUrl());
        put(links, SocialLink.WEBSITE, p.getWebsiteUrl());
        put(links, SocialLink.WIKIPEDIA, p.getWikipediaUrl());
        return links;
    }

    private static void put(Map<SocialLink, String> links, SocialLink kind, String url) {
        if (url != null && !url.isBlank()) {
            links.put(kind, url.strip());
        }
    }
}
