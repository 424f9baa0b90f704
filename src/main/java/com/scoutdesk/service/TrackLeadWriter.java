package com.scoutdesk.service;

import com.scoutdesk.model.LeadStage;
import com.scoutdesk.model.Tag;
import com.scoutdesk.model.Track;
import com.scoutdesk.persistence.Database;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/** Writes the scout's own data on a track (stage, tags, notes) in one transaction each, and reads it back. */
final class TrackLeadWriter {

    /** The longest tag name and notes the database columns hold. */
    static final int MAX_TAG = 60;
    static final int MAX_NOTES = 4000;

    private final Database db;
    private final Clock clock;

    TrackLeadWriter(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    TrackLead setStage(long trackId, LeadStage stage) {
        return change(trackId, t -> t.setLeadStage(stage));
    }

    TrackLead setNotes(long trackId, String notes) {
        String text = notes == null || notes.isBlank() ? null : notes.strip();
        if (text != null && text.length() > MAX_NOTES) {
            throw new InvalidInputException("notes", "Notes can be at most " + MAX_NOTES + " characters long; these "
                    + "have " + text.length() + ".", null);
        }
        return change(trackId, t -> t.setNotes(text));
    }

    /** Replaces the track's tags; tags new to the workspace are created. */
    TrackLead setTags(long trackId, Collection<String> names) {
        Set<String> wanted = new LinkedHashSet<>();
        for (String name : names) {
            String tag = name == null ? "" : name.strip();
            if (tag.isEmpty() || tag.length() > MAX_TAG) {
                throw new InvalidInputException("tag", "A tag needs 1 to " + MAX_TAG + " characters; '" + tag
                        + "' has " + tag.length() + ".", null);
            }
            wanted.add(tag);
        }
        return db.write(em -> {
            Track track = find(em, trackId);
            track.getTags().clear();
            wanted.forEach(name -> track.getTags().add(tag(em, name)));
            track.setUpdatedAt(clock.instant());
            return lead(track);
        });
    }

    TrackLead read(long trackId) {
        return db.read(em -> lead(find(em, trackId)));
    }

    private TrackLead change(long trackId, Consumer<Track> change) {
        return db.write(em -> {
            Track track = find(em, trackId);
            change.accept(track);
            track.setUpdatedAt(clock.instant());
            return lead(track);
        });
    }

    static Track find(EntityManager em, long trackId) {
        Track track = em.find(Track.class, trackId);
        if (track == null) {
            throw notFound(trackId);
        }
        return track;
    }

    /** Checks the track exists without loading it, for writes that go past the session (JDBC). */
    static void requireExists(EntityManager em, long trackId) {
        if (em.createQuery("select count(t) from Track t where t.id = :id", Long.class).setParameter("id", trackId)
                .getSingleResult() == 0) {
            throw notFound(trackId);
        }
    }

    private static NotFoundException notFound(long trackId) {
        return new NotFoundException("No stored track has the number " + trackId + ".", null);
    }

    private static Tag tag(EntityManager em, String name) {
        List<Tag> found = em.createQuery("select t from Tag t where t.name = :n", Tag.class).setParameter("n", name)
                .getResultList();
        if (!found.isEmpty()) {
            return found.get(0);
        }
        Tag tag = new Tag();
        tag.setName(name);
        em.persist(tag);
        return tag;
    }

    static TrackLead lead(Track t) {
        return new TrackLead(t.getId(), t.getLeadStage(),
                t.getTags().stream().map(Tag::getName).sorted(String.CASE_INSENSITIVE_ORDER).toList(), t.getNotes());
    }
}
