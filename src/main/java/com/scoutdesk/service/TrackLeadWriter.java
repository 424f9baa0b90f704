package com.scoutdesk.service;

import com.scoutdesk.model.ActivityEvent;
import com.scoutdesk.model.LeadStage;
import com.scoutdesk.model.Tag;
import com.scoutdesk.model.Track;
import com.scoutdesk.persistence.Database;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Writes the scout's own data on a track (stage, tags, notes) in one transaction each, and reads it back. A stage
 * change is also an activity event.
 */
final class TrackLeadWriter {

    /** The longest tag name and notes the database columns hold. */
    static final int MAX_TAG = 60;
    static final int MAX_NOTES = 4000;
    /** Who the activity log names for a scout's own change, and what kind of change a stage move is. */
    static final String ACTOR = "scout";
    static final String STAGE_KIND = "lead.stage";
    private static final int MAX_MESSAGE = 2000;

    private final Database db;
    private final Clock clock;

    TrackLeadWriter(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /**
     * Moves the track to {@code stage} and, when that is a change, records it in the activity log in the same
     * transaction, so the log never shows a move that did not happen nor misses one that did.
     */
    TrackLead setStage(long trackId, LeadStage stage) {
        Objects.requireNonNull(stage, "stage");
        return db.write(em -> {
            Track track = find(em, trackId);
            LeadStage before = track.getLeadStage();
            if (before != stage) {
                track.setLeadStage(stage);
                track.setUpdatedAt(clock.instant());
                em.persist(stageEvent(track, before, stage));
            }
            return lead(track);
        });
    }

    private ActivityEvent stageEvent(Track track, LeadStage before, LeadStage after) {
        ActivityEvent event = scoutEvent(clock.instant(), STAGE_KIND, after.name().toLowerCase(Locale.ROOT),
                track.getName() + ": stage " + stageName(before) + " \u2192 " + stageName(after));
        event.setTrack(track);
        return event;
    }

    /** An activity event of a change the scout made by hand, its message cut to what the column holds. */
    static ActivityEvent scoutEvent(Instant at, String kind, String outcome, String message) {
        ActivityEvent event = new ActivityEvent();
        event.setOccurredAt(at);
        event.setActor(ACTOR);
        event.setKind(kind);
        event.setOutcome(outcome);
        event.setMessage(message.length() > MAX_MESSAGE ? message.substring(0, MAX_MESSAGE) : message);
        return event;
    }

    /** "Signed elsewhere" for SIGNED: the scout did not sign it, someone else did. */
    static String stageName(LeadStage stage) {
        if (stage == null) {
            return "none";
        }
        return stage == LeadStage.SIGNED ? "Signed elsewhere"
                : stage.name().charAt(0) + stage.name().substring(1).toLowerCase(Locale.ROOT);
    }

    TrackLead setNotes(long trackId, String notes) {
        String text = notes == null || notes.isBlank() ? null : notes.strip();
        if (text != null && text.length() > MAX_NOTES) {
            throw new InvalidInputException("notes", "Notes can be at most " + MAX_NOTES + " characters long; these "
                    + "have " + text.length() + ".", null);
        }
        return change(trackId, t -> t.setNotes(text));
    }

    /**
     * Replaces the track's tags. A name the workspace holds in another case is that tag (the tag manager refuses
     * case twins, so typing "demo" must not make one beside "Demo"); only names new in every case are created.
     */
    TrackLead setTags(long trackId, Collection<String> names) {
        Map<String, String> wanted = new LinkedHashMap<>(); // by lower case: "Demo, demo" is one tag
        for (String name : names) {
            String tag = tagName(name);
            wanted.putIfAbsent(tag.toLowerCase(Locale.ROOT), tag);
        }
        return db.write(em -> {
            Track track = find(em, trackId);
            track.getTags().clear();
            wanted.values().forEach(name -> track.getTags().add(tag(em, name)));
            track.setUpdatedAt(clock.instant());
            return lead(track);
        });
    }

    /** The name stripped of surrounding blanks; refused when that leaves nothing or more than the column holds. */
    static String tagName(String name) {
        String tag = name == null ? "" : name.strip();
        if (tag.isEmpty() || tag.length() > MAX_TAG) {
            throw new InvalidInputException("tag", "A tag needs 1 to " + MAX_TAG + " characters; '" + tag + "' has "
                    + tag.length() + ".", null);
        }
        return tag;
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

    static Tag tag(EntityManager em, String name) {
        List<Tag> found = em.createQuery("select t from Tag t where lower(t.name) = :n order by t.id", Tag.class)
                .setParameter("n", name.toLowerCase(Locale.ROOT)).getResultList();
        if (!found.isEmpty()) {
            return found.get(0);
        }
        Tag tag = new Tag();
        tag.setName(name);
        em.persist(tag);
        return tag;
    }

    static TrackLead lead(Track t) {
        List<Tag> tags = t.getTags().stream().sorted(Comparator.comparing(Tag::getName, String.CASE_INSENSITIVE_ORDER))
                .toList();
        return new TrackLead(t.getId(), t.getLeadStage(), tags.stream().map(Tag::getName).toList(), t.getNotes(),
                tags.stream().map(g -> new TagLabel(g.getName(), g.getColor())).toList());
    }
}
