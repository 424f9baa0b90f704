package com.scoutdesk.integration.spotify.dto;

import java.util.List;

/** A full album object, as far as rights go: {@code label} (may be absent) and {@code copyrights}. */
public record AlbumDto(String id, String label, List<Copyright> copyrights) {

    /** {@code GET /v1/albums?ids=}: {@code {"albums":[...]}}, null for an id Spotify does not know. */
    public record Several(List<AlbumDto> albums) {
    }

    /** {@code {"text":"(P) 2000 Sony Music Entertainment Inc.","type":"P"}}; type C is the artwork's copyright. */
    public record Copyright(String text, String type) {
    }
}
