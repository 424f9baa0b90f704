package com.scoutdesk.integration.spotify.dto;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A playlist item. The 2026 {@code /items} shape carries the track or episode under {@code item}; {@code /tracks}
 * and the deprecated alias use {@code track}. Both are kept as trees so that "the key is missing" (Java null: the
 * shape changed) can be told from "the key is null" ({@code NullNode}: a removed track).
 */
public record PlaylistItemDto(String addedAt, Boolean isLocal, JsonNode item, JsonNode track) {
}
