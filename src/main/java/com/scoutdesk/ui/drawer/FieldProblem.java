package com.scoutdesk.ui.drawer;

/** Why the scout's value for a field was refused, shown under that field's editor. */
public record FieldProblem(String field, String message) {
}
