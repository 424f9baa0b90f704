package com.scoutdesk.service;

/**
 * A tag as the tag manager lists it.
 *
 * @param color  {@code #rrggbb}, or null for none
 * @param tracks how many tracks carry it
 */
public record TagUsage(long id, String name, String color, long tracks) {
}
