package com.scoutdesk.service;

import java.util.Optional;

/**
 * One declared field of a track with what the workspace knows of it.
 *
 * @param field  the field's name, as {@code TrackService.overrideField} takes it ("label", "popularity", ...)
 * @param value  of the field's type (String, Integer, Long, Double, Boolean, or an enum); null when unknown
 * @param source where the value came from; null when nothing was recorded (a value from the playlist fetch, or a
 *               field no source was asked for yet)
 */
public record FieldValue(String field, Object value, FieldSource source) {

    public Optional<Object> knownValue() {
        return Optional.ofNullable(value);
    }

    public Optional<FieldSource> knownSource() {
        return Optional.ofNullable(source);
    }

    /** Whether the scout set this value by hand. */
    public boolean isManualOverride() {
        return source != null && source.manualOverride();
    }
}
