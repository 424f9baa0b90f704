package com.scoutdesk.service;

/** Counts of what a workspace holds, as {@code scoutdesk stats} prints them. */
public record WorkspaceSummary(long playlists, long tracks, long entries, long weeks, long people, long credits,
                               long contacts, long tags, long snapshots, long activityEvents, boolean sample) {
}
