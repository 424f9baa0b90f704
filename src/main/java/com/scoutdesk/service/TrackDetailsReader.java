package com.scoutdesk.service;

import com.scoutdesk.model.EnrichmentTier;
import com.scoutdesk.model.TierRun;
import java.util.Set;

import com.scoutdesk.enrichment.fields.TrackField;
import com.scoutdesk.enrichment.fields.TrackFields;
import com.scoutdesk.model.Contact;
import com.scoutdesk.model.CreditRole;
import com.scoutdesk.model.FieldProvenance;
import com.scoutdesk.model.Track;
import com.scoutdesk.scoring.Evidence;
import com.scoutdesk.scoring.MissingInput;
import com.scoutdesk.scoring.ScoreResult;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hibernate.Session;

/**
 * Reads a track's details inside the caller's transaction: the entity for what it is and what the scout says, one
 * JDBC row for its declared fields (each read as its declaration says), and its provenance, credits and contacts.
 */
final class TrackDetailsReader {

    private static final List<TrackField<?>> FIELDS = TrackFields.ALL;

    private TrackDetailsReader() {
    }

    static TrackDetails read(EntityManager em, long trackId, Set<EnrichmentTier> configured) {
        Track t = TrackLeadWriter.find(em, trackId);
        return new TrackDetails(trackId, t.getSpotifyId(), t.getName(), t.getArtistNames(), t.getFirstSeenAt(),
                t.getUpdatedAt(), score(t), TrackLeadWriter.lead(t), credits(em, trackId), contacts(em, trackId),
                fields(em, trackId), tiers(em, trackId, configured));
    }

    /** Every tier, as its run stands; "not configured" where nothing here can run the tier. */
    private static List<TierState> tiers(EntityManager em, long trackId, Set<EnrichmentTier> configured) {
        Map<Integer, TierRun> runs = em.createQuery("select r from TierRun r where r.track.id = :id", TierRun.class)
                .setParameter("id", trackId).getResultStream().collect(Collectors.toMap(TierRun::getTier, r -> r));
        List<TierState> states = new ArrayList<>();
        for (EnrichmentTier tier : EnrichmentTier.values()) {
            TierRun run = runs.get(tier.number());
            states.add(run == null ? TierState.none(tier, configured) : TierState.of(tier, run.getStatus(),
                    run.getLastError(), run.getNextAttemptAt(), run.getUpdatedAt(), configured));
        }
        return states;
    }

    /** The stored score; empty when there is none or its breakdown no longer explains it. */
    private static Optional<StoredScore> score(Track t) {
        if (t.getUnsignedScore() == null || t.getScoreBreakdown() == null) {
            return Optional.empty();
        }
        try {
            ScoreResult r = ScoreResult.fromJson(t.getScoreBreakdown());
            return Optional.of(new StoredScore(r.score(), r.tableVersion(),
                    r.breakdown().stream().map(Evidence::explanation).toList(),
                    r.missing().stream().map(MissingInput::explanation).toList(), t.getScoreComputedAt()));
        } catch (IllegalArgumentException unreadable) {
            return Optional.empty();
        }
    }

    private static List<TrackCredit> credits(EntityManager em, long trackId) {
        return em.createQuery("select c.person.id, c.person.name, c.role, c.source, c.fetchedAt from Credit c "
                        + "where c.track.id = :id order by c.person.name, c.source", Object[].class)
                .setParameter("id", trackId).getResultList().stream()
                .map(r -> new TrackCredit((Long) r[0], (String) r[1], (CreditRole) r[2], (String) r[3],
                        (Instant) r[4]))
                .sorted(Comparator.comparing(TrackCredit::personName).thenComparing(TrackCredit::role)).toList();
    }

    private static List<ContactDetails> contacts(EntityManager em, long trackId) {
        return em.createQuery("select c from Contact c where c.person.id in (select cr.person.id from Credit cr "
                        + "where cr.track.id = :id) order by c.displayName, c.id", Contact.class)
                .setParameter("id", trackId).getResultList().stream().map(ContactDetails::of).toList();
    }

    /** Every declared field, with its provenance where one is recorded. */
    private static List<FieldValue> fields(EntityManager em, long trackId) {
        Map<String, FieldSource> sources = em.createQuery("select p from FieldProvenance p "
                        + "where p.key.trackId = :id", FieldProvenance.class).setParameter("id", trackId)
                .getResultStream().collect(Collectors.toMap(p -> p.getKey().getField(), p -> new FieldSource(
                        p.getSource(), p.getTier(), p.getFetchedAt(), p.isManualOverride(), p.isNotAvailable())));
        String sql = "select " + FIELDS.stream().map(TrackField::column).collect(Collectors.joining(", "))
                + " from track where id = ?";
        Map<TrackField<?>, Object> values = em.unwrap(Session.class).doReturningWork(c -> {
            Map<TrackField<?>, Object> row = new HashMap<>();
            try (PreparedStatement p = c.prepareStatement(sql)) {
                p.setLong(1, trackId);
                try (ResultSet rs = p.executeQuery()) {
                    if (rs.next()) {
                        for (int i = 0; i < FIELDS.size(); i++) {
                            row.put(FIELDS.get(i), FIELDS.get(i).read(rs, i + 1));
                        }
                    }
                }
            }
            return row;
        });
        List<FieldValue> fields = new ArrayList<>();
        for (TrackField<?> field : FIELDS) {
            fields.add(new FieldValue(field.name(), values.get(field), sources.get(field.name())));
        }
        return fields;
    }
}
