package com.scoutdesk.service;

import com.scoutdesk.model.LeadStage;
import com.scoutdesk.service.LeadCheck.Part;
import com.scoutdesk.service.LeadValues.ContactCells;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Compares an edited lead list with what is stored, row by row, three ways: the file's cell, the stored value and
 * the lead check (the value at the export). A value the scout edited whose stored value is still the exported one is
 * an edit; a stored value changed since the export that the scout also edited is a conflict, and the row is skipped;
 * a stored value changed since the export that the file still holds the old value of stays as stored.
 */
final class LeadListPlanner {

    private static final int CHUNK = 1000;

    /** One row's edits to apply. */
    record Edit(int line, long trackId, LeadValues after, Set<Part> parts, Long contactId, Long firstPersonId) {
    }

    /** What the file would do. */
    record Plan(List<LeadListChange> changes, List<Edit> edits, List<LeadListProblem> conflicts,
                List<LeadListProblem> bad, int unchanged, int keptNewer) {
    }

    private LeadListPlanner() {
    }

    static Plan plan(EntityManager em, LeadListFile file) {
        List<String> ids = file.rows().stream().map(LeadListFile.Row::spotifyId).toList();
        Map<String, StoredLeads.Lead> stored = new HashMap<>();
        for (int i = 0; i < ids.size(); i += CHUNK) {
            stored.putAll(StoredLeads.bySpotifyId(em, ids.subList(i, Math.min(ids.size(), i + CHUNK))));
        }
        List<LeadListChange> changes = new ArrayList<>();
        List<Edit> edits = new ArrayList<>();
        List<LeadListProblem> conflicts = new ArrayList<>();
        List<LeadListProblem> bad = new ArrayList<>(file.badRows());
        Map<Long, LeadListFile.Row> contactEditedOn = new HashMap<>();
        Map<Long, ContactCells> contactEditedTo = new HashMap<>();
        int unchanged = 0;
        int keptNewer = 0;
        for (LeadListFile.Row row : file.rows()) {
            StoredLeads.Lead lead = stored.get(row.spotifyId());
            if (lead == null) {
                bad.add(problem(row, "No track in this workspace has the Spotify id " + row.spotifyId() + ". Was "
                        + "the file exported from another workspace, or the id changed? Put back the exported id, or "
                        + "remove the row."));
                continue;
            }
            LeadValues mine;
            try {
                mine = overlay(lead.values(), row.cells());
            } catch (InvalidInputException e) {
                bad.add(problem(row, e.getMessage()));
                continue;
            }
            Set<Part> edited = EnumSet.noneOf(Part.class);
            Set<Part> clashing = EnumSet.noneOf(Part.class);
            Set<Part> newer = EnumSet.noneOf(Part.class);
            for (Part part : present(row)) {
                if (LeadCheck.canonical(part, mine).equals(LeadCheck.canonical(part, lead.values()))) {
                    continue;
                }
                if (row.check().matches(part, lead.values())) {
                    edited.add(part);
                } else if (row.check().matches(part, mine)) {
                    newer.add(part);
                } else {
                    clashing.add(part);
                }
            }
            if (!clashing.isEmpty()) {
                conflicts.add(problem(row, conflict(lead, clashing)));
            } else if (!edited.isEmpty()) {
                if (edited.contains(Part.CONTACT)) {
                    String why = contactProblem(lead, mine.contact(), row, contactEditedOn, contactEditedTo);
                    if (why != null) {
                        bad.add(problem(row, why));
                        continue;
                    }
                }
                edits.add(new Edit(row.line(), lead.trackId(), mine, edited, lead.contactId(), lead.firstPersonId()));
                changes.add(new LeadListChange(row.line(), row.spotifyId(), lead.name(),
                        edited.stream().map(p -> field(p, lead.values(), mine)).toList()));
            } else if (!newer.isEmpty()) {
                keptNewer++;
            } else {
                unchanged++;
            }
        }
        bad.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return new Plan(changes, edits, conflicts, bad, unchanged, keptNewer);
    }

    /** The stored values with the file's cells in their place, each checked as the app checks it. */
    private static LeadValues overlay(LeadValues stored, Map<ExportColumn, String> cells) {
        LeadStage stage = cells.containsKey(ExportColumn.STAGE) ? stage(cells.get(ExportColumn.STAGE)) : stored.stage();
        String notes = cells.getOrDefault(ExportColumn.NOTES, stored.notes()).strip();
        if (notes.length() > TrackLeadWriter.MAX_NOTES) {
            throw new InvalidInputException("notes", "The notes have " + notes.length() + " characters; a lead's "
                    + "notes can have at most " + TrackLeadWriter.MAX_NOTES + ". Shorten them.", null);
        }
        List<String> tags = stored.tags();
        if (cells.containsKey(ExportColumn.TAGS)) {
            tags = Arrays.stream(cells.get(ExportColumn.TAGS).split(";")).filter(t -> !t.isBlank())
                    .map(TrackLeadWriter::tagName).toList();
        }
        ContactCells c = stored.contact();
        ContactCells contact = new ContactCells(cells.getOrDefault(ExportColumn.CONTACT_NAME, c.name()),
                cells.getOrDefault(ExportColumn.CONTACT_EMAIL, c.email()),
                cells.getOrDefault(ExportColumn.CONTACT_INSTAGRAM, c.instagram()));
        if (!contact.isEmpty()) {
            contact = new ContactCells(ContactInput.displayName(contact.name()), ContactInput.email(contact.email()),
                    ContactInput.instagramUrl(contact.instagram()));
        }
        return new LeadValues(stage, notes, tags, contact);
    }

    private static LeadStage stage(String cell) {
        String name = cell.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        if ("SIGNED_ELSEWHERE".equals(name)) {
            return LeadStage.SIGNED;
        }
        for (LeadStage s : LeadStage.values()) {
            if (s.name().equals(name)) {
                return s;
            }
        }
        throw new InvalidInputException("stage", "'" + cell.strip() + "' is not a stage. Use one of: "
                + Arrays.stream(LeadStage.values()).map(LeadValues::stageCell).collect(Collectors.joining(", "))
                + ".", null);
    }

    private static Set<Part> present(LeadListFile.Row row) {
        Set<Part> parts = EnumSet.noneOf(Part.class);
        Map<ExportColumn, String> cells = row.cells();
        if (cells.containsKey(ExportColumn.STAGE)) {
            parts.add(Part.STAGE);
        }
        if (cells.containsKey(ExportColumn.NOTES)) {
            parts.add(Part.NOTES);
        }
        if (cells.containsKey(ExportColumn.TAGS)) {
            parts.add(Part.TAGS);
        }
        if (cells.containsKey(ExportColumn.CONTACT_NAME) || cells.containsKey(ExportColumn.CONTACT_EMAIL)
                || cells.containsKey(ExportColumn.CONTACT_INSTAGRAM)) {
            parts.add(Part.CONTACT);
        }
        return parts;
    }

    /** Why a contact edit cannot be applied; null when it can. */
    private static String contactProblem(StoredLeads.Lead lead, ContactCells mine, LeadListFile.Row row,
                                         Map<Long, LeadListFile.Row> editedOn, Map<Long, ContactCells> editedTo) {
        if (mine.isEmpty()) {
            return "A contact cannot be removed from a lead list: put its values back, or remove it in the track's "
                    + "details.";
        }
        if (lead.contactId() == null && lead.firstPersonId() == null) {
            return "The track has no credited person to add a contact to: leave the contact cells empty, or add the "
                    + "contact in the track's details.";
        }
        // A contact, or the person a new one goes to, can be the lead's on several rows: they must agree.
        long key = lead.contactId() != null ? lead.contactId() : -lead.firstPersonId();
        LeadListFile.Row other = editedOn.putIfAbsent(key, row);
        ContactCells otherValues = editedTo.putIfAbsent(key, mine);
        if (other != null && !otherValues.equals(mine)) {
            return "This lead shares its contact with the row on line " + other.line() + ", which gives it other "
                    + "values: give both rows the same contact values.";
        }
        return null;
    }

    private static String conflict(StoredLeads.Lead lead, Set<Part> parts) {
        String what = parts.stream().map(p -> label(p).toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
        return lead.name() + ": the " + what + " changed in ScoutDesk after the export, and the file changes "
                + (parts.size() == 1 ? "it" : "them") + " too. The file's value was not applied, so nothing is "
                + "overwritten: make that edit in ScoutDesk, or export again and redo it there.";
    }

    private static LeadListChange.Field field(Part part, LeadValues before, LeadValues after) {
        return switch (part) {
            case STAGE -> new LeadListChange.Field(label(part), LeadValues.stageCell(before.stage()),
                    LeadValues.stageCell(after.stage()));
            case NOTES -> new LeadListChange.Field(label(part), before.notes(), after.notes());
            case TAGS -> new LeadListChange.Field(label(part), LeadValues.tagsCell(before.tags()),
                    LeadValues.tagsCell(after.tags()));
            case CONTACT -> new LeadListChange.Field(label(part), before.contact().shown(), after.contact().shown());
        };
    }

    private static String label(Part part) {
        return switch (part) {
            case STAGE -> "Stage";
            case NOTES -> "Notes";
            case TAGS -> "Tags";
            case CONTACT -> "Contact";
        };
    }

    private static LeadListProblem problem(LeadListFile.Row row, String message) {
        return new LeadListProblem(row.line(), row.spotifyId(), message);
    }
}
