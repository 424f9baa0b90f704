package com.scoutdesk.integration.spotify;

import com.scoutdesk.integration.spotify.dto.PlaylistDto;
import com.scoutdesk.model.fetch.PlaylistMetadata;

/** Maps {@code GET /v1/playlists/{id}}: the total is under {@code tracks} before 2026 and under {@code items} after. */
final class PlaylistMetadataMapper {

    private PlaylistMetadataMapper() {
    }

    static PlaylistMetadata map(PlaylistDto dto) {
        PlaylistDto.Owner owner = dto.owner();
        Integer total = dto.items() != null && dto.items().total() != null ? dto.items().total()
                : dto.tracks() == null ? null : dto.tracks().total();
        String image = dto.images() == null ? null : dto.images().stream()
                .filter(i -> i != null && i.url() != null && !i.url().isBlank())
                .map(PlaylistDto.Image::url).findFirst().orElse(null);
        return new PlaylistMetadata(dto.id(), dto.name(), owner == null ? null : blankToNull(owner.displayName()),
                owner == null ? null : owner.id(), dto.followers() == null ? null : dto.followers().total(), total,
                image, blankToNull(dto.description()));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
