package com.scoutdesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.scoutdesk.model.ContactStage;
import com.scoutdesk.model.Person;
import com.scoutdesk.persistence.Database;
import com.scoutdesk.persistence.DatabaseSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scout's contacts: added, listed and changed through the use case, with what the scout typed checked first. */
class ContactServiceTest {

    @TempDir
    Path dir;
    Database db;
    ContactService contacts;
    long personId;

    @BeforeEach
    void open() {
        db = Database.open(DatabaseSettings.h2File(dir));
        contacts = new ContactService(db, Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC));
        personId = db.write(em -> {
            Person p = new Person();
            p.setName("Ana Ruiz");
            em.persist(p);
            return p.getId();
        });
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aContactIsAddedTidiedAndListed() {
        ContactDetails added = contacts.add(new ContactDraft(personId, " Ana (manager) ", " ana@example.com ",
                "+44 20 7946 0958", "https://www.instagram.com/ana", " https://twitter.com/ana ",
                "https://www.tiktok.com/@ana", "  ", null));

        assertThat(added).isEqualTo(new ContactDetails(added.contactId(), personId, "Ana (manager)",
                "ana@example.com", "+44 20 7946 0958", "https://www.instagram.com/ana", "https://twitter.com/ana",
                "https://www.tiktok.com/@ana", null, ContactStage.NOT_CONTACTED));
        assertThat(contacts.forPerson(personId)).contains(added);
        assertThat(contacts.list()).containsExactly(added);
    }

    @Test
    void anEditReplacesTheTextKeepsThePersonAndMovesTheStageOnlyWhenGiven() {
        long id = contacts.add(new ContactDraft(personId, "Ana", "ana@example.com", null, null, null, null))
                .contactId();

        ContactDetails edited = contacts.edit(id, new ContactDraft(null, "Ana Ruiz", "", "0171 555 0101", null,
                "Prefers email.", ContactStage.REACHED_OUT));
        assertThat(edited).isEqualTo(new ContactDetails(id, personId, "Ana Ruiz", null, "0171 555 0101", null,
                null, null, "Prefers email.", ContactStage.REACHED_OUT));

        ContactDetails renamed = contacts.edit(id, new ContactDraft(null, "Ana R.", null, null, null, null, null));
        assertThat(renamed.stage()).isEqualTo(ContactStage.REACHED_OUT);
        assertThat(contacts.forPerson(personId)).contains(renamed);
    }

    @Test
    void aContactWithoutAPersonCanBeAdded() {
        ContactDetails added = contacts.add(new ContactDraft(null, "Label A&R", null, null, null, null,
                ContactStage.MEETING));

        assertThat(added.personId()).isNull();
        assertThat(contacts.list()).containsExactly(added);
    }

    @Test
    void badInputIsRefusedWithTheValueAndWhatToDoAndNothingIsStored() {
        assertThatThrownBy(() -> contacts.add(draft("ana.example.com", null, null)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("'ana.example.com' does not look like an email address. Enter one like "
                        + "name@example.com, or leave it empty.")
                .satisfies(e -> assertThat(((InvalidInputException) e).input()).isEqualTo("email"));
        assertThatThrownBy(() -> contacts.add(draft("ana@example", null, null)))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("'ana@example' does not look");
        assertThatThrownBy(() -> contacts.add(draft(null, "call me", null)))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("'call me' does not look like a "
                        + "phone number.");
        assertThatThrownBy(() -> contacts.add(draft(null, null, "https://instagram.evil.com/ana")))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("'https://instagram.evil.com/ana' "
                        + "is not a link to an Instagram page.");
        assertThatThrownBy(() -> contacts.add(new ContactDraft(personId, "Ana", null, null, null,
                "https://x.com.evil.io/ana", null, null, null)))
                .isInstanceOf(InvalidInputException.class).hasMessage("'https://x.com.evil.io/ana' is not a link to "
                        + "an X (Twitter) profile. Copy the profile's address (e.g. https://x.com/name), or leave it "
                        + "empty.")
                .satisfies(e -> assertThat(((InvalidInputException) e).input()).isEqualTo(ContactCheck.X));
        assertThatThrownBy(() -> contacts.add(new ContactDraft(personId, "Ana", null, null, null, null,
                "tiktok.com/@ana", null, null)))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("'tiktok.com/@ana' is not a link "
                        + "to a TikTok profile.");
        assertThatThrownBy(() -> contacts.add(new ContactDraft(personId, " ", null, null, null, null, null)))
                .isInstanceOf(InvalidInputException.class).hasMessage("A contact needs a name of 1 to 300 characters.");
        assertThatThrownBy(() -> contacts.add(new ContactDraft(personId + 99, "X", null, null, null, null, null)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> contacts.edit(12345, draft(null, null, null)))
                .isInstanceOf(NotFoundException.class).hasMessage("No stored contact has the number 12345.");
        assertThat(contacts.list()).isEmpty();
    }

    @Test
    void aPersonHasOneContact() {
        contacts.add(draft(null, null, null));

        assertThatThrownBy(() -> contacts.add(draft(null, null, null))).isInstanceOf(InvalidInputException.class)
                .hasMessage("Ana Ruiz already has a contact; change that one instead of adding another.");
        assertThat(contacts.list()).hasSize(1);
    }

    private ContactDraft draft(String email, String phone, String instagram) {
        return new ContactDraft(personId, "Ana", email, phone, instagram, null, null);
    }
}
