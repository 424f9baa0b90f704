package com.scoutdesk.ui.common;

/**
 * One entry of a filter picker: a value, or {@code null} for "all", with the text the picker shows.
 *
 * @param <T> what the filter selects
 */
public record FilterChoice<T>(T value, String label) {

    /** The "any value" entry. */
    public static <T> FilterChoice<T> all(String label) {
        return new FilterChoice<>(null, label);
    }

    public boolean isAll() {
        return value == null;
    }

    @Override
    public String toString() {
        return label;
    }
}
