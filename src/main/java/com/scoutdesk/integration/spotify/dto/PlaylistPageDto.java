package com.scoutdesk.integration.spotify.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** One page of {@code GET /v1/playlists/{id}/items} (or {@code /tracks}): a paging object of playlist items. */
public record PlaylistPageDto(@JsonProperty(required = true) List<PlaylistItemDto> items,
                              @JsonProperty(required = true) Integer total, String next, Integer offset) {
}
