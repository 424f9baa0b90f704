package com.scoutdesk.service;

import java.util.List;

/**
 * The newest lines that match an {@link ActivityFilter}, at most the limit asked for, and how many match in all, so
 * the page can say "500 of 12,345".
 */
public record ActivityPage(List<ActivityEntry> entries, long total) {

    public ActivityPage {
        entries = List.copyOf(entries);
    }

    /** Whether more lines match than {@link #entries} holds. */
    public boolean truncated() {
        return total > entries.size();
    }
}
