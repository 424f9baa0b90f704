package com.scoutdesk.model.fetch;

/**
 * What an album look-up tells about rights: the {@code label} (gone for development-mode apps since February 2026)
 * and the P-line, the sound-recording copyright ({@code copyrights[]} entry of type "P"), e.g.
 * "(P) 2026 Night Owl Records". Either may be null.
 */
public record FetchedAlbum(String id, String label, String pLine) {
}
