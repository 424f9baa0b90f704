package com.scoutdesk.enrichment;

import com.scoutdesk.model.Credit;
import com.scoutdesk.model.CreditRole;
import com.scoutdesk.model.Person;
import com.scoutdesk.model.Track;
import com.scoutdesk.persistence.TrackDerivedColumns;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes the credits a stage found, inside the transaction that completes its run, and refreshes the track's
 * derived credit columns in that same transaction. Re-running a track changes nothing but {@code fetched_at}: no
 * person or credit is made twice, so {@code credit_uk} and {@code person_spotify_uk} are never hit.
 *
 * <p>Who a credit is: with a Spotify artist id, the one person with that id (made when missing); without one, the
 * oldest real (not sample) person of exactly that name who has no Spotify id, else a new one. Across tracks a name
 * never matches a person who has a Spotify id, because two artists may share a name; so an unlinked credit and a
 * linked one of the same name on different songs stay two persons until someone merges them. A credit with a
 * MusicBrainz id is matched by {@link PersonMatcher}, which also joins it to the person another source credits on the
 * same track, records the basis of that match, and gives the person the MusicBrainz id; its links are written with
 * their source and time.
 * With an IPI name number (The MLC's writers), the person who has that IPI, else a person of that name who has none
 * yet (and gets it): {@link PersonByIpi}. A credit without a Spotify id first joins the person another source credits
 * on the same track under the same name (see {@code sameNameOnTrack}).
 *
 * <p>The update's credits replace what the same source listed before; other sources' credits are left alone.
 */
final class CreditWriter {

    private static final int NAME_LENGTH = 300;

    private CreditWriter() {
    }

    /** @return how many credits the source now lists for the track (0 when the update has none to say) */
    static int apply(EntityManager em, long trackId, TrackUpdate update, Instant now) {
        Track track = update.credits() == null ? null : em.find(Track.class, trackId);
        if (track == null) {
            return 0;
        }
        Map<Key, Credit> before = new HashMap<>();
        em.createQuery("select c from Credit c join fetch c.person where c.track.id = :t and c.source = :s",
                        Credit.class).setParameter("t", trackId).setParameter("s", update.source()).getResultList()
                .forEach(c -> before.put(new Key(c.getPerson().getId(), c.getRole()), c));
        Map<String, Person> people = new HashMap<>();
        Set<Key> listed = new HashSet<>();
        for (FoundCredit found : update.credits()) {
            Person person = found.musicbrainzId() != null ? musicbrainzPerson(em, trackId, found, people)
                    : person(em, trackId, found, people);
            if (found.links() != null) {
                PersonLinks.write(person, found.links(), update.source(), now);
            }
            Key key = new Key(person.getId(), found.role());
            if (!listed.add(key)) {
                continue;
            }
            Credit credit = before.get(key);
            if (credit == null) {
                credit = new Credit();
                credit.setTrack(track);
                credit.setPerson(person);
                credit.setRole(found.role());
                credit.setSource(update.source());
                credit.setFetchedAt(now);
                em.persist(credit);
            } else {
                credit.setFetchedAt(now);
            }
        }
        before.forEach((key, credit) -> {
            if (!listed.contains(key)) {
                em.remove(credit);
            }
        });
        em.flush();
        TrackDerivedColumns.refresh(em, List.of(trackId));
        // The bulk update bypassed the managed track; reload it so nothing later writes its stale flags back.
        em.refresh(track);
        return listed.size();
    }

    private static Person musicbrainzPerson(EntityManager em, long trackId, FoundCredit found,
                                            Map<String, Person> people) {
        String cacheKey = "mb:" + found.musicbrainzId();
        Person known = people.get(cacheKey);
        if (known != null) {
            return known;
        }
        String name = name(found);
        Person person = PersonMatcher.find(em, trackId, found, name).map(match -> {
            if (match.basis() != null) {
                match.person().setMusicbrainzId(found.musicbrainzId());
                PersonMatcher.recordBasis(match.person(), match.basis());
            }
            return match.person();
        }).orElseGet(() -> {
            Person made = new Person();
            made.setName(name);
            made.setMusicbrainzId(found.musicbrainzId());
            em.persist(made);
            return made;
        });
        PersonMatcher.giveSpotifyId(em, person, found.spotifyArtistId());
        people.put(cacheKey, person);
        return person;
    }

    private static String name(FoundCredit found) {
        return found.name().length() <= NAME_LENGTH ? found.name() : found.name().substring(0, NAME_LENGTH);
    }

    private static Person person(EntityManager em, long trackId, FoundCredit found, Map<String, Person> people) {
        String artistId = found.spotifyArtistId();
        String name = name(found);
        String cacheKey = artistId != null ? "id:" + artistId : found.ipi() != null ? "ipi:" + found.ipi()
                : "name:" + name;
        Person known = people.get(cacheKey);
        if (known != null) {
            return known;
        }
        Person person = artistId == null ? sameNameOnTrack(em, trackId, found, name) : null;
        if (person == null && artistId == null && found.ipi() != null) {
            person = PersonByIpi.find(em, found.ipi(), name);
        }
        person = person != null ? person : (artistId != null
                ? em.createQuery("select p from Person p where p.spotifyArtistId = :id", Person.class)
                        .setParameter("id", artistId)
                : em.createQuery("select p from Person p where p.spotifyArtistId is null and p.name = :name "
                        + "and p.sample = false order by p.id", Person.class).setParameter("name", name))
                .setMaxResults(1).getResultStream().findFirst().orElse(null);
        if (person == null && artistId != null) {
            // Another source (MusicBrainz, The MLC, Chartmetric) may have credited this person on the track first,
            // without a Spotify id: the same name on the same song is the same person, whichever lane wrote first.
            person = PersonMatcher.onTrack(em, trackId, name, "c.person.spotifyArtistId is null").map(match -> {
                        match.person().setSpotifyArtistId(artistId);
                        PersonMatcher.recordBasis(match.person(), match.basis());
                        return match.person();
                    }).orElse(null);
        }
        if (person == null) {
            person = new Person();
            person.setName(name);
            person.setSpotifyArtistId(artistId);
            person.setIpi(found.ipi());
            em.persist(person);
        } else if (person.getIpi() == null && found.ipi() != null) {
            person.setIpi(found.ipi());
        }
        people.put(cacheKey, person);
        return person;
    }

    /**
     * For a credit without a Spotify id (The MLC's writers, Chartmetric's songwriters): the person another source
     * already credits on the same track under the same name, as {@link PersonMatcher} joins MusicBrainz's credits:
     * the same name on the same song is the same songwriter, linked or not, so the song's writers are not counted
     * twice. An IPI held by someone else, or another IPI on the person, says it is someone else.
     */
    private static Person sameNameOnTrack(EntityManager em, long trackId, FoundCredit found, String name) {
        if (found.ipi() == null) {
            return PersonMatcher.onTrack(em, trackId, name, "c.person.sample = false").map(PersonMatcher.Match::person)
                    .orElse(null);
        }
        boolean held = !em.createQuery("select p.id from Person p where p.ipi = :ipi", Long.class)
                .setParameter("ipi", found.ipi()).setMaxResults(1).getResultList().isEmpty();
        return held ? null : PersonMatcher.onTrack(em, trackId, name, "c.person.ipi is null")
                .map(PersonMatcher.Match::person).orElse(null);
    }

    private record Key(Long personId, CreditRole role) {
    }
}
