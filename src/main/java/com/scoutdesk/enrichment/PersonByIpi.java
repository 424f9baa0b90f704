package com.scoutdesk.enrichment;

import com.scoutdesk.model.Person;
import jakarta.persistence.EntityManager;

/** Finds the person an IPI name number stands for, as The MLC's writers come with one. */
final class PersonByIpi {

    private PersonByIpi() {
    }

    /**
     * The person who has the IPI; else the oldest real person of that name with no IPI and no Spotify id (who then
     * gets it); else a new person. A same-named person with another IPI is someone else.
     */
    static Person find(EntityManager em, String ipi, String name) {
        Person person = em.createQuery("select p from Person p where p.ipi = :ipi order by p.id", Person.class)
                .setParameter("ipi", ipi).setMaxResults(1).getResultStream().findFirst().orElse(null);
        if (person != null) {
            return person;
        }
        person = em.createQuery("select p from Person p where p.spotifyArtistId is null and p.name = :name "
                        + "and p.sample = false and p.ipi is null order by p.id", Person.class)
                .setParameter("name", name).setMaxResults(1).getResultStream().findFirst().orElse(null);
        if (person != null) {
            return person;
        }
        Person made = new Person();
        made.setName(name);
        made.setIpi(ipi);
        em.persist(made);
        return made;
    }
}
