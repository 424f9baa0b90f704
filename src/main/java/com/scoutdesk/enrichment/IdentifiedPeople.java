package com.scoutdesk.enrichment;

import com.scoutdesk.model.MatchBasis;
import com.scoutdesk.model.Person;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the people a stage identified among a track's credits ({@link IdentifiedPerson}): the person credited on the
 * track under that name gets the MusicBrainz id, the basis of the match, and the links with their source and time. No
 * credit is written. An id another person already holds is left there: two persons of one id would need a merge that
 * only the scout can confirm, so the links are not given to a name that might be someone else.
 */
final class IdentifiedPeople {

    private static final Logger LOG = LoggerFactory.getLogger(IdentifiedPeople.class);

    private IdentifiedPeople() {
    }

    static void write(EntityManager em, long trackId, TrackUpdate update, Instant now) {
        for (IdentifiedPerson found : update.identified()) {
            person(em, trackId, found).ifPresent(person -> {
                PersonMatcher.giveSpotifyId(em, person, found.spotifyArtistId());
                PersonLinks.write(person, found.links(), update.source(), now);
            });
        }
    }

    private static Optional<Person> person(EntityManager em, long trackId, IdentifiedPerson found) {
        Optional<Person> already = em.createQuery("select distinct c.person from Credit c where c.track.id = :t "
                + "and c.person.musicbrainzId = :id", Person.class).setParameter("t", trackId)
                .setParameter("id", found.musicbrainzId()).getResultStream().findFirst();
        if (already.isPresent()) { // identified before: the links are refreshed
            return already;
        }
        boolean held = !em.createQuery("select p.id from Person p where p.musicbrainzId = :id", Long.class)
                .setParameter("id", found.musicbrainzId()).setMaxResults(1).getResultList().isEmpty();
        if (held) {
            LOG.debug("MusicBrainz artist {} is already another person's; {} on track {} is left as it is",
                    found.musicbrainzId(), found.name(), trackId);
            return Optional.empty();
        }
        return PersonMatcher.onTrack(em, trackId, found.name(), "c.person.musicbrainzId is null").map(match -> {
            Person person = match.person();
            person.setMusicbrainzId(found.musicbrainzId());
            PersonMatcher.recordBasis(person, person.getName().equals(found.nameMatched()) ? MatchBasis.EXACT_NAME
                    : MatchBasis.NORMALISED_NAME);
            return person;
        });
    }
}
