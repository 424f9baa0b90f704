package com.scoutdesk.service;

/** A playlist as offered in filter pickers. */
public record PlaylistOption(long id, String spotifyId, String name, boolean editorial) {
    @Override
    public String toString() {
        return name;
    }
}
