package com.scoutdesk.enrichment;

import com.scoutdesk.model.MatchBasis;
import com.scoutdesk.model.Person;
import com.scoutdesk.model.PersonNames;
import jakarta.persistence.EntityManager;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Finds the person a credit from MusicBrainz stands for, so that the songwriter the web player credits (with a Spotify
 * id) and the one MusicBrainz credits (with a MusicBrainz id) become one person, not two, and says on what basis:
 * <ol>
 *   <li>the person with the MusicBrainz id (matched before: the basis recorded then stays);</li>
 *   <li>else the person with the Spotify id MusicBrainz links the artist to ({@link MatchBasis#SPOTIFY_ID});</li>
 *   <li>else a person already credited on the same track by another source, without a MusicBrainz id (nor another
 *       Spotify id), of exactly that name ({@link MatchBasis#EXACT_NAME}) or of the same name as
 *       {@link PersonNames#normal} reads it ({@link MatchBasis#NORMALISED_NAME}): the same name on the same song is
 *       the same songwriter;</li>
 *   <li>else a real person of exactly that name with neither id, as credits without ids are matched
 *       ({@link MatchBasis#EXACT_NAME});</li>
 *   <li>else nobody: the caller makes a new person.</li>
 * </ol>
 * A name is never matched across tracks to a person who has a Spotify or MusicBrainz id: two artists may share a
 * name, and the ids would then say which.
 */
final class PersonMatcher {

    /** A person found, and how; the basis is null for a person matched by its own MusicBrainz id. */
    record Match(Person person, MatchBasis basis) {
    }

    private PersonMatcher() {
    }

    static Optional<Match> find(EntityManager em, long trackId, FoundCredit found, String name) {
        Optional<Person> byMbid = first(em.createQuery("select p from Person p where p.musicbrainzId = :id",
                Person.class).setParameter("id", found.musicbrainzId()).setMaxResults(1).getResultList());
        if (byMbid.isPresent()) {
            return Optional.of(new Match(byMbid.get(), null));
        }
        if (found.spotifyArtistId() != null) {
            Optional<Person> bySpotify = first(em.createQuery("select p from Person p where p.spotifyArtistId = :id "
                    + "and p.musicbrainzId is null", Person.class).setParameter("id", found.spotifyArtistId())
                    .setMaxResults(1).getResultList());
            if (bySpotify.isPresent()) {
                return Optional.of(new Match(bySpotify.get(), MatchBasis.SPOTIFY_ID));
            }
        }
        // A person with another Spotify id than the one MusicBrainz links to is someone else, whatever the name.
        Optional<Match> onTrack = onTrack(em, trackId, name, "c.person.musicbrainzId is null"
                + (found.spotifyArtistId() == null ? "" : " and c.person.spotifyArtistId is null"));
        if (onTrack.isPresent()) {
            return onTrack;
        }
        return first(em.createQuery("select p from Person p where p.spotifyArtistId is null and p.musicbrainzId "
                        + "is null and p.name = :name and p.sample = false order by p.id", Person.class)
                .setParameter("name", name).setMaxResults(1).getResultList())
                .map(person -> new Match(person, MatchBasis.EXACT_NAME));
    }

    /**
     * A person credited on the track (by any source) who meets {@code condition} (JPQL on {@code c.person}), of
     * exactly that name, else of the same normalised name.
     */
    static Optional<Match> onTrack(EntityManager em, long trackId, String name, String condition) {
        List<Person> people = em.createQuery("select distinct c.person from Credit c where c.track.id = :t and "
                + condition, Person.class).setParameter("t", trackId).getResultList().stream()
                .sorted(Comparator.comparing(Person::getId)).toList();
        for (Person person : people) {
            if (person.getName().equals(name)) {
                return Optional.of(new Match(person, MatchBasis.EXACT_NAME));
            }
        }
        String normal = PersonNames.normal(name);
        return people.stream().filter(p -> !normal.isEmpty() && PersonNames.normal(p.getName()).equals(normal))
                .findFirst().map(person -> new Match(person, MatchBasis.NORMALISED_NAME));
    }

    /** Records how the person was matched, unless the scout matched it by hand. */
    static void recordBasis(Person person, MatchBasis basis) {
        if (person.getMatchBasis() != MatchBasis.MANUAL) {
            person.setMatchBasis(basis);
        }
    }

    /** Gives the person a Spotify artist id a source links it to, unless it has one or another person holds it. */
    static void giveSpotifyId(EntityManager em, Person person, String spotifyId) {
        if (person.getSpotifyArtistId() == null && spotifyId != null && em.createQuery("select count(p) from Person p "
                + "where p.spotifyArtistId = :id", Long.class).setParameter("id", spotifyId).getSingleResult() == 0) {
            person.setSpotifyArtistId(spotifyId);
        }
    }

    private static Optional<Person> first(List<Person> people) {
        return people.stream().findFirst();
    }
}
