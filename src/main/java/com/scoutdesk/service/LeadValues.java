package com.scoutdesk.service;

import com.scoutdesk.model.LeadStage;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;

/**
 * What a scout edits of a lead in a lead list, in the form two values are compared in: notes stripped with one kind
 * of line break, tags as a case-insensitive set (the tag manager refuses case twins), a contact as its name, e-mail
 * and Instagram page. Empty text is "" here, never null.
 */
record LeadValues(LeadStage stage, String notes, List<String> tags, ContactCells contact) {

    /** The lead's contact as a lead list shows it; all empty for a lead without one. */
    record ContactCells(String name, String email, String instagram) {

        static final ContactCells NONE = new ContactCells("", "", "");

        ContactCells {
            name = text(name);
            email = text(email);
            instagram = text(instagram);
        }

        boolean isEmpty() {
            return name.isEmpty() && email.isEmpty() && instagram.isEmpty();
        }

        String canonical() {
            return name + '\u0000' + email + '\u0000' + instagram;
        }

        /** "Ana · ana@example.com · https://…", for a preview line. */
        String shown() {
            return isEmpty() ? "" : String.join(" \u00b7 ", List.of(name, email, instagram).stream()
                    .filter(s -> !s.isEmpty()).toList());
        }
    }

    LeadValues {
        Objects.requireNonNull(stage, "stage");
        notes = text(notes).replace("\r\n", "\n").replace('\r', '\n');
        tags = tags(tags);
        contact = contact == null ? ContactCells.NONE : contact;
    }

    /** Tags sorted case-insensitively, one per lower-case name, blanks dropped. */
    static List<String> tags(Collection<String> names) {
        TreeSet<String> set = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        names.stream().map(String::strip).filter(s -> !s.isEmpty()).forEach(set::add);
        return List.copyOf(set);
    }

    /** The tags cell of a lead list: "a; b". */
    static String tagsCell(List<String> tags) {
        return String.join("; ", tags);
    }

    String tagsCanonical() {
        return String.join("\n", tags.stream().map(t -> t.toLowerCase(Locale.ROOT)).toList());
    }

    static String stageCell(LeadStage stage) {
        return stage.name().toLowerCase(Locale.ROOT);
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
