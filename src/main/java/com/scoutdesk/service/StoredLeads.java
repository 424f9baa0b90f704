package com.scoutdesk.service;

import com.scoutdesk.model.Contact;
import com.scoutdesk.model.FieldProvenance;
import com.scoutdesk.model.LeadStage;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The lead data of some tracks as stored now, read in a few queries for a chunk of tracks: what a lead list exports
 * beside the track's row and what its re-import compares against.
 *
 * <p>A track's contact is the contact of one of its credited people, the one added first: contacts belong to people,
 * and a lead list has one contact per lead. A lead without one gets its first contact on its first credited person.
 */
final class StoredLeads {

    /**
     * One track's lead data.
     *
     * @param contactId     the lead's contact; null when none of its people has one
     * @param firstPersonId the person a new contact is added to; null for a track without credits
     * @param provenance    the provenance of the fields asked for, by field name
     */
    record Lead(long trackId, String spotifyId, String name, LeadValues values, Long contactId, Long firstPersonId,
                Map<String, FieldProvenance> provenance) {
    }

    private StoredLeads() {
    }

    /** The leads of these tracks by track id; ids of no track are missing from the map. */
    static Map<Long, Lead> byId(EntityManager em, Collection<Long> ids, Collection<String> fields) {
        return load(em, "t.id in :keys", List.copyOf(ids), fields);
    }

    /** The leads of these Spotify track ids, by Spotify id. */
    static Map<String, Lead> bySpotifyId(EntityManager em, Collection<String> spotifyIds) {
        Map<String, Lead> out = new HashMap<>();
        load(em, "t.spotifyId in :keys", List.copyOf(spotifyIds), List.of())
                .values().forEach(l -> out.put(l.spotifyId(), l));
        return out;
    }

    private static Map<Long, Lead> load(EntityManager em, String condition, List<?> keys, Collection<String> fields) {
        Map<Long, Lead> out = new HashMap<>();
        if (keys.isEmpty()) {
            return out;
        }
        List<Object[]> tracks = em.createQuery("select t.id, t.spotifyId, t.name, t.leadStage, t.notes from Track t "
                + "where " + condition, Object[].class).setParameter("keys", keys).getResultList();
        List<Long> ids = tracks.stream().map(r -> (Long) r[0]).toList();
        if (ids.isEmpty()) {
            return out;
        }
        Map<Long, List<String>> tags = new HashMap<>();
        em.createQuery("select t.id, g.name from Track t join t.tags g where t.id in :ids", Object[].class)
                .setParameter("ids", ids).getResultList()
                .forEach(r -> tags.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add((String) r[1]));
        Map<Long, Contact> contacts = new HashMap<>();
        em.createQuery("select cr.track.id, c from Credit cr, Contact c where c.person = cr.person "
                + "and cr.track.id in :ids order by c.id", Object[].class).setParameter("ids", ids).getResultList()
                .forEach(r -> contacts.putIfAbsent((Long) r[0], (Contact) r[1]));
        Map<Long, Long> firstPerson = new HashMap<>();
        em.createQuery("select cr.track.id, cr.person.id from Credit cr where cr.track.id in :ids order by cr.id",
                Object[].class).setParameter("ids", ids).getResultList()
                .forEach(r -> firstPerson.putIfAbsent((Long) r[0], (Long) r[1]));
        Map<Long, Map<String, FieldProvenance>> provenance = new HashMap<>();
        if (!fields.isEmpty()) {
            em.createQuery("select p from FieldProvenance p where p.key.trackId in :ids and p.key.field in :fields",
                    FieldProvenance.class).setParameter("ids", ids).setParameter("fields", List.copyOf(fields))
                    .getResultList().forEach(p -> provenance.computeIfAbsent(p.getKey().getTrackId(),
                            k -> new HashMap<>()).put(p.getKey().getField(), p));
        }
        for (Object[] r : tracks) {
            long id = (Long) r[0];
            Contact c = contacts.get(id);
            LeadValues values = new LeadValues((LeadStage) r[3], (String) r[4], tags.getOrDefault(id, List.of()),
                    c == null ? null : new LeadValues.ContactCells(c.getDisplayName(), c.getEmail(),
                            c.getInstagramUrl()));
            out.put(id, new Lead(id, (String) r[1], (String) r[2], values, c == null ? null : c.getId(),
                    firstPerson.get(id), provenance.getOrDefault(id, Map.of())));
        }
        return out;
    }
}
