package com.scoutdesk.model.fetch;

/** An artist as a playlist source lists it; the id may be null (e.g. a DOM read that found only a name). */
public record FetchedArtist(String spotifyId, String name) {
}
