package com.scoutdesk.service;

/**
 * A tag as a lead shows it: a coloured chip in the table, on a card and in the details.
 *
 * @param color {@code #rrggbb}, or null for none
 */
public record TagLabel(String name, String color) {
}
