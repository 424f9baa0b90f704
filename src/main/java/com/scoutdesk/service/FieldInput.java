package com.scoutdesk.service;

import com.scoutdesk.enrichment.fields.TrackField;
import com.scoutdesk.enrichment.fields.TrackFields;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Checks a scout's edit of a track field against the field's declaration ({@link TrackFields#ALL}): the name must
 * be declared (and settable: {@link #SETTABLE}) and the value of the field's type. Text is taken for any type (a
 * front end has little else), so "41" is a popularity and "true" an explicit flag; anything that cannot be read as
 * the type is refused with an {@link InvalidInputException} that says what the field takes.
 */
final class FieldInput {

    /** Which input was wrong, for {@link InvalidInputException#input()}. */
    static final String FIELD = "field";
    static final String VALUE = "field value";

    /**
     * The fields a scout may set. Not the artist names: the search text is derived from them on the entity, which
     * a column write would leave behind, and they come with the track from every fetch.
     */
    static final List<TrackField<?>> SETTABLE = TrackFields.ALL.stream()
            .filter(f -> f != TrackFields.ARTIST_NAMES).toList();

    private FieldInput() {
    }

    /** The declared field of that name that a scout may set. */
    static TrackField<?> field(String name) {
        String wanted = name == null ? "" : name.strip();
        if (wanted.equals(TrackFields.ARTIST_NAMES.name())) {
            throw new InvalidInputException(FIELD, "The artist names come with the track from Spotify and cannot "
                    + "be set by hand; add a note instead.", null);
        }
        return SETTABLE.stream().filter(f -> f.name().equals(wanted)).findFirst()
                .orElseThrow(() -> new InvalidInputException(FIELD, "No track field is called '" + wanted
                        + "'. Fields a scout can set: " + SETTABLE.stream().map(TrackField::name)
                        .collect(Collectors.joining(", ")) + ".", null));
    }

    /** The value as the field's type; text is stripped and read as the type. */
    static Object value(TrackField<?> field, Object value) {
        if (value == null || value instanceof String s && s.isBlank()) {
            throw new InvalidInputException(VALUE, "Field '" + field.name() + "' needs a value. To let enrichment "
                    + "fill it again, clear its manual value instead.", null);
        }
        Object typed = typed(field, value);
        if (typed instanceof Double d && !Double.isFinite(d)) {
            throw new InvalidInputException(VALUE, "Field '" + field.name() + "' takes a number; " + d
                    + " is not one.", null);
        }
        return typed;
    }

    private static Object typed(TrackField<?> field, Object value) {
        Class<?> type = field.type();
        if (value instanceof String text) {
            return parse(field, text.strip());
        }
        if (type.isInstance(value)) {
            return value;
        }
        if (value instanceof Integer i && type == Long.class) {
            return i.longValue();
        }
        if (value instanceof Number n && type == Double.class) {
            return n.doubleValue();
        }
        throw new InvalidInputException(VALUE, "Field '" + field.name() + "' takes " + kind(type) + ", not "
                + value + ".", null);
    }

    private static Object parse(TrackField<?> field, String text) {
        Class<?> type = field.type();
        try {
            if (type == String.class) {
                return text;
            }
            if (type == Integer.class) {
                return Integer.valueOf(text);
            }
            if (type == Long.class) {
                return Long.valueOf(text);
            }
            if (type == Double.class) {
                return Double.valueOf(text);
            }
            if (type == Boolean.class && (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false"))) {
                return Boolean.valueOf(text);
            }
            if (type.isEnum()) {
                return enumValue(type, text);
            }
        } catch (IllegalArgumentException notOfTheType) {
            // refused below, with what the field takes
        }
        throw new InvalidInputException(VALUE, "Field '" + field.name() + "' takes " + kind(type) + "; '" + text
                + "' is not one.", null);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumValue(Class<?> type, String text) {
        return Enum.valueOf((Class) type, text.toUpperCase(java.util.Locale.ROOT).replace(' ', '_'));
    }

    /** What a person would call a value of the type. */
    private static String kind(Class<?> type) {
        if (type == Integer.class || type == Long.class) {
            return "a whole number";
        }
        if (type == Double.class) {
            return "a number";
        }
        if (type == Boolean.class) {
            return "true or false";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        return "text";
    }
}
