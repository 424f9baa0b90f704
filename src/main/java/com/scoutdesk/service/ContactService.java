package com.scoutdesk.service;

import com.scoutdesk.model.Contact;
import com.scoutdesk.model.ContactStage;
import com.scoutdesk.model.Person;
import com.scoutdesk.persistence.Database;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The use cases on the scout's contacts: how to reach a credited person, and where the conversation stands. A
 * person has at most one contact. What the scout typed is checked first ({@link ContactInput}); an unknown person
 * or contact is a {@link NotFoundException}.
 */
public final class ContactService {

    private final Database db;
    private final Clock clock;

    public ContactService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Every contact, by name. */
    public List<ContactDetails> list() {
        return db.read(em -> em.createQuery("select c from Contact c left join fetch c.person "
                + "order by lower(c.displayName), c.id", Contact.class).getResultList().stream()
                .map(ContactDetails::of).toList());
    }

    /** The person's contact; empty when the scout has not added one. */
    public Optional<ContactDetails> forPerson(long personId) {
        return db.read(em -> {
            person(em, personId);
            return em.createQuery("select c from Contact c where c.person.id = :id", Contact.class)
                    .setParameter("id", personId).getResultStream().findFirst().map(ContactDetails::of);
        });
    }

    /** Adds a contact; a person who already has one gets an {@link InvalidInputException} (edit that one). */
    public ContactDetails add(ContactDraft draft) {
        Contact checked = checked(draft);
        return db.write(em -> {
            if (draft.personId() != null) {
                Person person = person(em, draft.personId());
                if (!em.createQuery("select c.id from Contact c where c.person.id = :id", Long.class)
                        .setParameter("id", person.getId()).getResultList().isEmpty()) {
                    throw new InvalidInputException("person", person.getName() + " already has a contact; change "
                            + "that one instead of adding another.", null);
                }
                checked.setPerson(person);
            }
            Instant now = clock.instant();
            checked.setStage(draft.stage() == null ? ContactStage.NOT_CONTACTED : draft.stage());
            checked.setCreatedAt(now);
            checked.setUpdatedAt(now);
            em.persist(checked);
            return ContactDetails.of(checked);
        });
    }

    /** Replaces what the contact says with the draft (blank text removes a value); its person stays. */
    public ContactDetails edit(long contactId, ContactDraft draft) {
        Contact checked = checked(draft);
        return db.write(em -> {
            Contact c = em.find(Contact.class, contactId);
            if (c == null) {
                throw new NotFoundException("No stored contact has the number " + contactId + ".", null);
            }
            c.setDisplayName(checked.getDisplayName());
            c.setEmail(checked.getEmail());
            c.setPhone(checked.getPhone());
            c.setInstagramUrl(checked.getInstagramUrl());
            c.setXUrl(checked.getXUrl());
            c.setTiktokUrl(checked.getTiktokUrl());
            c.setNotes(checked.getNotes());
            if (draft.stage() != null) {
                c.setStage(draft.stage());
            }
            c.setUpdatedAt(clock.instant());
            return ContactDetails.of(c);
        });
    }

    /** The draft's text, checked and tidied, on a contact not yet stored. */
    private static Contact checked(ContactDraft draft) {
        Contact c = new Contact();
        c.setDisplayName(ContactInput.displayName(draft.displayName()));
        c.setEmail(ContactInput.email(draft.email()));
        c.setPhone(ContactInput.phone(draft.phone()));
        c.setInstagramUrl(ContactInput.instagramUrl(draft.instagramUrl()));
        c.setXUrl(ContactInput.xUrl(draft.xUrl()));
        c.setTiktokUrl(ContactInput.tiktokUrl(draft.tiktokUrl()));
        c.setNotes(ContactInput.notes(draft.notes()));
        return c;
    }

    private static Person person(EntityManager em, long personId) {
        Person person = em.find(Person.class, personId);
        if (person == null) {
            throw new NotFoundException("No stored person has the number " + personId + ".", null);
        }
        return person;
    }
}
