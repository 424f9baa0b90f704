package com.scoutdesk.service;

import com.scoutdesk.model.Tag;
import com.scoutdesk.persistence.Database;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The workspace's tags as a scout manages them: create, rename, colour, merge and delete, each in one transaction
 * with an activity event, and each answering what undoes it ({@link TagUndo}). A name another tag has in any case is
 * refused (the tag filter matches names that way, and tagging a track through {@link TrackService#setTags} reuses the
 * tag of that name in any case); a colour is {@code #rrggbb} or none.
 *
 * <pre>{@code
 * TagUndo undo = tags.merge(List.of(demoId, demosId), hotId);   // "demo" and "demos" become "hot"
 * tags.undo(undo);                                               // both back, on the same tracks as before
 * }</pre>
 */
public final class TagService {

    static final String CREATED = "tag.created";
    static final String RENAMED = "tag.renamed";
    static final String RECOLORED = "tag.recolored";
    static final String MERGED = "tag.merged";
    static final String DELETED = "tag.deleted";
    static final String RESTORED = "tag.restored";
    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");
    /** Ids per statement when tracks are linked or unlinked by list (PostgreSQL takes at most 32,767 parameters). */
    private static final int CHUNK = 1000;

    private final Database db;
    private final Clock clock;

    public TagService(Database db, Clock clock) {
        this.db = Objects.requireNonNull(db);
        this.clock = Objects.requireNonNull(clock);
    }

    /** Every tag with the number of tracks it is on, by name whatever the case. */
    public List<TagUsage> list() {
        return db.read(em -> {
            Map<Long, Long> counts = new HashMap<>();
            em.createQuery("select g.id, count(t) from Track t join t.tags g group by g.id", Object[].class)
                    .getResultList().forEach(r -> counts.put((Long) r[0], ((Number) r[1]).longValue()));
            return em.createQuery("select g from Tag g order by lower(g.name), g.id", Tag.class).getResultList()
                    .stream().map(g -> new TagUsage(g.getId(), g.getName(), g.getColor(),
                            counts.getOrDefault(g.getId(), 0L))).toList();
        });
    }

    /** A new tag on no track yet; refused when the name is taken (in any case) or the colour is not #rrggbb. */
    public TagUsage create(String name, String color) {
        String wanted = TrackLeadWriter.tagName(name);
        String hex = color(color);
        return db.write(em -> {
            requireFree(em, wanted, null);
            Tag tag = new Tag();
            tag.setName(wanted);
            tag.setColor(hex);
            em.persist(tag);
            log(em, CREATED, "Tag '" + wanted + "' created");
            return new TagUsage(tag.getId(), wanted, hex, 0);
        });
    }

    /** Renames the tag everywhere it is used; changing only the case of its own name is allowed. */
    public TagUndo rename(long id, String name) {
        String wanted = TrackLeadWriter.tagName(name);
        return db.write(em -> {
            Tag tag = find(em, id);
            TagUndo undo = new TagUndo.Edited(id, tag.getName(), tag.getColor());
            if (!tag.getName().equals(wanted)) {
                requireFree(em, wanted, id);
                log(em, RENAMED, "Tag '" + tag.getName() + "' renamed to '" + wanted + "'");
                tag.setName(wanted);
            }
            return undo;
        });
    }

    /** Sets the tag's colour ({@code #rrggbb}), or removes it with null or blank. */
    public TagUndo recolor(long id, String color) {
        String hex = color(color);
        return db.write(em -> {
            Tag tag = find(em, id);
            TagUndo undo = new TagUndo.Edited(id, tag.getName(), tag.getColor());
            if (!Objects.equals(tag.getColor(), hex)) {
                tag.setColor(hex);
                log(em, RECOLORED, "Tag '" + tag.getName() + "' coloured " + (hex == null ? "none" : hex));
            }
            return undo;
        });
    }

    /**
     * Puts {@code target} on every track of the {@code sources} and deletes the sources: "demo" and "demos" merged
     * into "hot" leave one tag, "hot", on all their tracks.
     */
    public TagUndo merge(Collection<Long> sources, long target) {
        Set<Long> from = new LinkedHashSet<>(sources);
        from.remove(target);
        if (from.isEmpty()) {
            throw new InvalidInputException("tag", "Choose at least one other tag to merge into this one.", null);
        }
        return db.write(em -> {
            Tag into = find(em, target);
            List<TagSnapshot> removed = new ArrayList<>();
            for (long id : from) {
                removed.add(snapshot(em, find(em, id)));
            }
            Set<Long> had = new LinkedHashSet<>(trackIds(em, target));
            Set<Long> gained = new LinkedHashSet<>();
            removed.forEach(s -> s.trackIds().stream().filter(t -> !had.contains(t)).forEach(gained::add));
            link(em, target, gained);
            for (TagSnapshot s : removed) {
                delete(em, s.id());
            }
            touch(em, gained);
            log(em, MERGED, removed.stream().map(s -> "'" + s.name() + "'").reduce((a, b) -> a + ", " + b).orElse("")
                    + " merged into '" + into.getName() + "' (" + gained.size() + " tracks newly tagged)");
            return new TagUndo.Removed(removed, target, List.copyOf(gained));
        });
    }

    /** Deletes the tag from every track and from the workspace. */
    public TagUndo delete(long id) {
        return db.write(em -> {
            TagSnapshot removed = snapshot(em, find(em, id));
            delete(em, id);
            touch(em, removed.trackIds());
            log(em, DELETED, "Tag '" + removed.name() + "' deleted from " + removed.trackIds().size() + " tracks");
            return new TagUndo.Removed(List.of(removed), null, List.of());
        });
    }

    /**
     * Takes a change back: a renamed or recoloured tag gets its name and colour again, deleted or merged tags come
     * back on the tracks they were on (tracks deleted since are left out), and a merge's target leaves the tracks it
     * gained. A tag of the same name made since is reused rather than duplicated.
     */
    public void undo(TagUndo undo) {
        db.write(em -> {
            if (undo instanceof TagUndo.Edited edited) {
                Tag tag = find(em, edited.id());
                if (!tag.getName().equals(edited.name())) {
                    requireFree(em, edited.name(), edited.id());
                }
                tag.setName(edited.name());
                tag.setColor(edited.color());
                log(em, RESTORED, "Tag '" + edited.name() + "' restored");
            } else if (undo instanceof TagUndo.Removed removed) {
                if (removed.mergedInto() != null && em.find(Tag.class, removed.mergedInto()) != null) {
                    unlink(em, removed.mergedInto(), removed.gainedByTarget());
                }
                for (TagSnapshot s : removed.tags()) {
                    Tag tag = byName(em, s.name()).orElseGet(() -> {
                        Tag made = new Tag();
                        made.setName(s.name());
                        made.setColor(s.color());
                        em.persist(made);
                        return made;
                    });
                    em.flush();
                    link(em, tag.getId(), s.trackIds());
                    touch(em, s.trackIds());
                    log(em, RESTORED, "Tag '" + s.name() + "' restored on " + s.trackIds().size() + " tracks");
                }
            }
            return null;
        });
    }

    private static String color(String color) {
        if (color == null || color.isBlank()) {
            return null;
        }
        String hex = color.strip();
        if (!COLOR.matcher(hex).matches()) {
            throw new InvalidInputException("tag colour", "A colour is written #rrggbb, such as #2e7d32; '" + hex
                    + "' is not.", null);
        }
        return hex.toLowerCase(Locale.ROOT);
    }

    private static void requireFree(EntityManager em, String name, Long self) {
        Optional<Tag> same = byName(em, name);
        if (same.isPresent() && !same.get().getId().equals(self)) {
            throw new InvalidInputException("tag", "A tag named '" + same.get().getName() + "' exists already. Pick "
                    + "another name, or merge the two tags.", null);
        }
    }

    private static Optional<Tag> byName(EntityManager em, String name) {
        return em.createQuery("select g from Tag g where lower(g.name) = :n order by g.id", Tag.class)
                .setParameter("n", name.toLowerCase(Locale.ROOT)).setMaxResults(1).getResultStream().findFirst();
    }

    private static Tag find(EntityManager em, long id) {
        Tag tag = em.find(Tag.class, id);
        if (tag == null) {
            throw new NotFoundException("No tag has the number " + id + "; it may have been deleted or merged. "
                    + "Reopen the tag list.", null);
        }
        return tag;
    }

    private static TagSnapshot snapshot(EntityManager em, Tag tag) {
        return new TagSnapshot(tag.getId(), tag.getName(), tag.getColor(), trackIds(em, tag.getId()));
    }

    private static List<Long> trackIds(EntityManager em, long tagId) {
        return em.createQuery("select t.id from Track t join t.tags g where g.id = :id order by t.id", Long.class)
                .setParameter("id", tagId).getResultList();
    }

    /** Puts the tag on those of the tracks that still exist and do not have it yet. */
    private static void link(EntityManager em, long tagId, Collection<Long> trackIds) {
        inChunks(trackIds, ids -> em.createNativeQuery("insert into track_tag (track_id, tag_id) select t.id, :tag "
                + "from track t where t.id in (:ids) and not exists (select 1 from track_tag x where x.track_id = t.id "
                + "and x.tag_id = :tag)").setParameter("tag", tagId).setParameter("ids", ids).executeUpdate());
    }

    private static void unlink(EntityManager em, long tagId, Collection<Long> trackIds) {
        inChunks(trackIds, ids -> em.createNativeQuery("delete from track_tag where tag_id = :tag and track_id in "
                + "(:ids)").setParameter("tag", tagId).setParameter("ids", ids).executeUpdate());
    }

    private static void delete(EntityManager em, long tagId) {
        em.createNativeQuery("delete from track_tag where tag_id = :tag").setParameter("tag", tagId).executeUpdate();
        em.createNativeQuery("delete from tag where id = :tag").setParameter("tag", tagId).executeUpdate();
    }

    /** Marks the tracks changed now, as a tag change by hand on one track does. */
    private void touch(EntityManager em, Collection<Long> trackIds) {
        inChunks(trackIds, ids -> em.createQuery("update Track t set t.updatedAt = :now where t.id in :ids")
                .setParameter("now", clock.instant()).setParameter("ids", ids).executeUpdate());
    }

    /** Runs {@code work} on the ids {@link #CHUNK} at a time. */
    private static void inChunks(Collection<Long> trackIds, Consumer<List<Long>> work) {
        List<Long> ids = List.copyOf(trackIds);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            work.accept(ids.subList(from, Math.min(ids.size(), from + CHUNK)));
        }
    }

    private void log(EntityManager em, String kind, String message) {
        em.persist(TrackLeadWriter.scoutEvent(clock.instant(), kind, "ok", message));
    }
}
