package com.scoutdesk.integration.mlc.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/** One hit of {@code POST /search/recordings}; note the lower-case s of {@code mlcsongCode}, as the API spells it. */
public record RecordingDto(String id, String isrc, String title, String artist, JsonNode labels,
                           @JsonProperty("mlcsongCode") String mlcsongCode) {
}
