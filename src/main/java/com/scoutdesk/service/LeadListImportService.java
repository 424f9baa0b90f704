package com.scoutdesk.service;

import com.scoutdesk.model.ActivityEvent;
import com.scoutdesk.model.Contact;
import com.scoutdesk.model.ContactStage;
import com.scoutdesk.model.LeadStage;
import com.scoutdesk.model.Person;
import com.scoutdesk.model.Track;
import com.scoutdesk.persistence.Database;
import com.scoutdesk.service.LeadCheck.Part;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads back a lead list the scout edited in a spreadsheet: stages, notes, tags and contacts, keyed by Spotify track
 * id. {@link #preview} writes nothing and says what would change, what conflicts with changes made in ScoutDesk
 * since the export (never applied) and which rows are bad, by line; {@link #apply} writes every good row in one
 * transaction, or nothing. Other columns are not read.
 */
public final class LeadListImportService {

    /** The activity-log kind of an applied lead list. */
    static final String KIND = "lead.import";

    private final Database db;
    private final Clock clock;

    public LeadListImportService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /**
     * What importing the file would do; nothing is written.
     *
     * @throws InvalidInputException when the file cannot be read or is not a lead list
     */
    public LeadListPreview preview(Path file) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(InvalidInputException.IMPORT_FILE, "There is no file " + file
                    + ". Choose the lead list again.", e);
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(InvalidInputException.IMPORT_FILE, file.getFileName() + " is not UTF-8 "
                    + "text. Save it from the spreadsheet as \"CSV UTF-8\" and import it again.", e);
        } catch (IOException e) {
            throw new InvalidInputException(InvalidInputException.IMPORT_FILE, file + " cannot be read ("
                    + e.getMessage() + "). Check it is there and readable.", e);
        }
        return preview(String.valueOf(file.getFileName()), text);
    }

    /** What importing this text (a lead list's content) would do; nothing is written. */
    public LeadListPreview preview(String fileName, String text) {
        LeadListFile file = LeadListFile.read(text);
        LeadListPlanner.Plan plan = db.read(em -> LeadListPlanner.plan(em, file));
        return new LeadListPreview(fileName, plan.changes(), plan.conflicts(), plan.bad(), plan.unchanged(),
                plan.keptNewer(), file.ignoredColumns(), file);
    }

    /**
     * Applies the preview's changes, all in one transaction, and records them in the activity log. The file is
     * compared with the workspace again inside the transaction: if that no longer gives the preview's changes (a lead
     * changed in the meantime), nothing is written.
     *
     * @throws UseCaseException when the workspace changed since the preview
     */
    public LeadListApplied apply(LeadListPreview preview) {
        return db.write(em -> {
            LeadListPlanner.Plan plan = LeadListPlanner.plan(em, preview.file());
            if (!plan.changes().equals(preview.changes()) || !plan.conflicts().equals(preview.conflicts())) {
                throw new UseCaseException("Leads in the file changed in ScoutDesk since the preview, so it no longer "
                        + "shows what would happen. Nothing was changed: preview the file again.");
            }
            return write(em, plan, preview.fileName());
        });
    }

    private LeadListApplied write(EntityManager em, LeadListPlanner.Plan plan, String fileName) {
        Instant now = clock.instant();
        int stages = 0;
        int notes = 0;
        int tags = 0;
        int contacts = 0;
        Map<Long, Contact> newContacts = new HashMap<>();
        for (LeadListPlanner.Edit edit : plan.edits()) {
            Track track = TrackLeadWriter.find(em, edit.trackId());
            LeadValues after = edit.after();
            if (edit.parts().contains(Part.STAGE)) {
                LeadStage before = track.getLeadStage();
                track.setLeadStage(after.stage());
                ActivityEvent moved = TrackLeadWriter.scoutEvent(now, TrackLeadWriter.STAGE_KIND,
                        LeadValues.stageCell(after.stage()), track.getName() + ": stage "
                                + TrackLeadWriter.stageName(before) + " \u2192 "
                                + TrackLeadWriter.stageName(after.stage()) + " (lead list " + fileName + ")");
                moved.setTrack(track);
                em.persist(moved);
                stages++;
            }
            if (edit.parts().contains(Part.NOTES)) {
                track.setNotes(after.notes().isEmpty() ? null : after.notes());
                notes++;
            }
            if (edit.parts().contains(Part.TAGS)) {
                track.getTags().clear();
                after.tags().forEach(name -> track.getTags().add(TrackLeadWriter.tag(em, name)));
                tags++;
            }
            if (edit.parts().contains(Part.CONTACT)) {
                Contact c = edit.contactId() != null ? em.find(Contact.class, edit.contactId())
                        : newContacts.computeIfAbsent(edit.firstPersonId(), person -> newContact(em, person, now));
                c.setDisplayName(after.contact().name());
                c.setEmail(blankToNull(after.contact().email()));
                c.setInstagramUrl(blankToNull(after.contact().instagram()));
                c.setUpdatedAt(now);
                contacts++;
            }
            track.setUpdatedAt(now);
        }
        LeadListApplied applied = new LeadListApplied(plan.edits().size(), stages, notes, tags, contacts);
        em.persist(TrackLeadWriter.scoutEvent(now, KIND, applied.tracks() + " leads", String.format(Locale.ROOT,
                "Lead list %s: %d leads changed (%d stages, %d notes, %d tags, %d contacts); %d conflicts and %d bad "
                        + "rows not applied", fileName, applied.tracks(), stages, notes, tags, contacts,
                plan.conflicts().size(), plan.bad().size())));
        return applied;
    }

    private static Contact newContact(EntityManager em, long personId, Instant now) {
        Contact c = new Contact();
        c.setPerson(em.find(Person.class, personId));
        c.setStage(ContactStage.NOT_CONTACTED);
        c.setCreatedAt(now);
        c.setUpdatedAt(now);
        c.setDisplayName(""); // the edit's name is set right after, before the commit
        em.persist(c);
        return c;
    }

    private static String blankToNull(String text) {
        return text.isEmpty() ? null : text;
    }
}
