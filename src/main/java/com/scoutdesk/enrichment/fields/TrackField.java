package com.scoutdesk.enrichment.fields;

import com.scoutdesk.model.EnrichmentTier;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;

/**
 * One {@code track} column that enrichment finds or the score reads, declared once: its name (the one stages and
 * provenance rows use), its column, its Java type and how JDBC reads and binds it, the tier that finds it, and what
 * the score makes of it. The facts a stage reads ({@code TrackFactsReader}), the writer ({@code TrackWriter}), the
 * provenance rows and the score's inputs ({@code ScoreInputsReader}) all follow from the declaration, so a new field
 * is one declaration in its tier's {@code *Fields} class.
 *
 * @param <T> the type of its values: a stage can only hand the field a value of this type
 */
public final class TrackField<T> {

    /** Reads the field from a result set column. */
    @FunctionalInterface
    public interface Reader<T> {
        T read(ResultSet rs, int index) throws SQLException;
    }

    /** Binds a (non-null) value of the field to a statement parameter. */
    @FunctionalInterface
    public interface Binder<T> {
        void bind(PreparedStatement p, int index, T value) throws SQLException;
    }

    private final String name;
    private final String column;
    private final Class<T> type;
    private final EnrichmentTier tier;
    private final Reader<T> reader;
    private final Binder<T> binder;
    private final ScoreInput<T> scoreInput;

    private TrackField(String name, String column, Class<T> type, EnrichmentTier tier, Reader<T> reader,
                       Binder<T> binder, ScoreInput<T> scoreInput) {
        this.name = Objects.requireNonNull(name, "name");
        this.column = Objects.requireNonNull(column, "column");
        this.type = Objects.requireNonNull(type, "type");
        this.tier = tier;
        this.reader = reader;
        this.binder = binder;
        this.scoreInput = scoreInput;
    }

    /** A field {@code tier} finds, in the column of the same name, read and bound as {@code type} by the driver. */
    public static <T> TrackField<T> foundBy(EnrichmentTier tier, String name, Class<T> type) {
        Objects.requireNonNull(tier, "tier");
        return new TrackField<>(name, name, type, tier, (rs, i) -> rs.getObject(i, type), PreparedStatement::setObject,
                null);
    }

    /** A column no tier finds (the fetch, the scout or the score sets it), which the score or the writer use. */
    public static <T> TrackField<T> stored(String name, Class<T> type) {
        return new TrackField<>(name, name, type, null, (rs, i) -> rs.getObject(i, type), PreparedStatement::setObject,
                null);
    }

    /** The same field, stored in another column than its name. */
    public TrackField<T> inColumn(String otherColumn) {
        return new TrackField<>(name, otherColumn, type, tier, reader, binder, scoreInput);
    }

    /** The same field, read and bound in its own way (an enum stored by name, for one). */
    public TrackField<T> readAs(Reader<T> otherReader, Binder<T> otherBinder) {
        return new TrackField<>(name, column, type, tier, otherReader, otherBinder, scoreInput);
    }

    /** The same field, as an input of the unsigned score. */
    public TrackField<T> scoredAs(ScoreInput<T> input) {
        return new TrackField<>(name, column, type, tier, reader, binder, input);
    }

    public String name() {
        return name;
    }

    public String column() {
        return column;
    }

    public Class<T> type() {
        return type;
    }

    /** The tier that finds the field, whose run makes a missing value mean "none"; null when no tier finds it. */
    public EnrichmentTier tier() {
        return tier;
    }

    /** What the score makes of the field; null when the score does not read it. */
    public ScoreInput<T> scoreInput() {
        return scoreInput;
    }

    /** The field's value in column {@code index} of the current row; null when the column is null. */
    public T read(ResultSet rs, int index) throws SQLException {
        return reader.read(rs, index);
    }

    /** Binds a value of this field (checked against its type) to parameter {@code index}. */
    public void bind(PreparedStatement p, int index, Object value) throws SQLException {
        binder.bind(p, index, cast(value));
    }

    /** The value as this field's type; a value of another type is a programming error. */
    public T cast(Object value) {
        if (value != null && !type.isInstance(value)) {
            throw new IllegalArgumentException("Field '" + name + "' takes a " + type.getSimpleName() + ", not a "
                    + value.getClass().getSimpleName() + " (" + value + ")");
        }
        return type.cast(value);
    }

    @Override
    public String toString() {
        return name;
    }
}
