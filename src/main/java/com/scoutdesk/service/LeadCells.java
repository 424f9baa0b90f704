package com.scoutdesk.service;

import com.scoutdesk.model.FieldProvenance;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The cells of a lead list beyond the track's row: notes, the lead's contact, the lead check, and the source and
 * age of enriched values. Read a chunk of tracks at a time, and only when a chosen column needs them.
 */
final class LeadCells {

    private final EntityManager em;
    private final List<String> fields;
    private final boolean needed;
    private final Instant now;
    private Map<Long, StoredLeads.Lead> chunk = Map.of();

    private LeadCells(EntityManager em, List<ExportColumn> columns, Instant now) {
        this.em = em;
        this.fields = columns.stream().flatMap(c -> c.provenanceField().stream()).distinct().toList();
        this.needed = columns.stream().anyMatch(ExportColumn::needsLeadCells);
        this.now = now;
    }

    /** @param now what an age counts days up to */
    static LeadCells of(EntityManager em, List<ExportColumn> columns, Instant now) {
        return new LeadCells(em, columns, now);
    }

    void load(List<Long> trackIds) {
        chunk = needed ? StoredLeads.byId(em, trackIds, fields) : Map.of();
    }

    Object value(ExportColumn column, long trackId) {
        StoredLeads.Lead lead = chunk.get(trackId);
        if (lead == null) {
            return null;
        }
        LeadValues v = lead.values();
        return switch (column) {
            case NOTES -> v.notes();
            case CONTACT_NAME -> v.contact().name();
            case CONTACT_EMAIL -> v.contact().email();
            case CONTACT_INSTAGRAM -> v.contact().instagram();
            case LEAD_CHECK -> LeadCheck.of(v).cell();
            default -> provenance(column, lead.provenance().get(column.provenanceField().orElseThrow()));
        };
    }

    private Object provenance(ExportColumn column, FieldProvenance p) {
        if (p == null) {
            return null;
        }
        if (column.isAge()) {
            return Math.max(0, Duration.between(p.getFetchedAt(), now).toDays());
        }
        if (p.isManualOverride()) {
            return "scout's own value";
        }
        return p.isNotAvailable() ? p.getSource() + " (not available)" : p.getSource();
    }
}
