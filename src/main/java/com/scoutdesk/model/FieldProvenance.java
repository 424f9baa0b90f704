package com.scoutdesk.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * Where one enriched field of a track came from and when. A manual override marks a scout's own edit, which later
 * enrichment must leave alone. A not-available row says the source was asked at {@code fetchedAt} and withheld the
 * field (e.g. Spotify's development mode drops popularity): the value is null for that reason, not unknown or 0.
 */
@Entity
@Table(name = "field_provenance")
public class FieldProvenance {

    /** Composite key: one provenance row per (track, field). */
    @Embeddable
    public static class Key implements Serializable {
        @Column(name = "track_id")
        private Long trackId;
        @Column(name = "field", length = 40)
        private String field;

        protected Key() {
        }

        public Key(Long trackId, String field) {
            this.trackId = trackId;
            this.field = field;
        }

        public Long getTrackId() {
            return trackId;
        }

        public String getField() {
            return field;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(trackId, k.trackId) && Objects.equals(field, k.field);
        }

        @Override
        public int hashCode() {
            return Objects.hash(trackId, field);
        }
    }

    @EmbeddedId
    private Key key;

    @Column(name = "source", nullable = false, length = 30)
    private String source;

    @Column(name = "tier")
    private Integer tier;

    @Column(name = "fetched_at", nullable = false)
    private Instant fetchedAt;

    @Column(name = "manual_override", nullable = false)
    private boolean manualOverride;

    @Column(name = "not_available", nullable = false)
    private boolean notAvailable;

    protected FieldProvenance() {
    }

    public FieldProvenance(Key key, String source, Integer tier, Instant fetchedAt, boolean manualOverride) {
        this.key = key;
        this.source = source;
        this.tier = tier;
        this.fetchedAt = fetchedAt;
        this.manualOverride = manualOverride;
    }

    /** The source was asked and withheld the field: "not available from {@code source} at {@code at}". */
    public static FieldProvenance notAvailable(Key key, String source, Integer tier, Instant at) {
        FieldProvenance p = new FieldProvenance(key, source, tier, at, false);
        p.notAvailable = true;
        return p;
    }

    /** A source gave the value again: it now comes from there, fetched now. */
    public void refresh(String newSource, Integer newTier, Instant at) {
        this.source = newSource;
        this.tier = newTier;
        this.fetchedAt = at;
        this.notAvailable = false;
    }

    /** Asked again, and the source still (or now) withholds the field. */
    public void refreshNotAvailable(String newSource, Integer newTier, Instant at) {
        refresh(newSource, newTier, at);
        this.notAvailable = true;
    }

    public Key getKey() {
        return key;
    }

    public String getSource() {
        return source;
    }

    public Integer getTier() {
        return tier;
    }

    public Instant getFetchedAt() {
        return fetchedAt;
    }

    public boolean isManualOverride() {
        return manualOverride;
    }

    /** Whether the source withheld the field when last asked (the value is null for that reason). */
    public boolean isNotAvailable() {
        return notAvailable;
    }
}
