package com.scoutdesk.integration.spotify.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The client-credentials token response: {@code {"access_token","token_type":"Bearer","expires_in":3600}}. */
public record TokenDto(@JsonProperty(required = true) String accessToken, String tokenType,
                       @JsonProperty(required = true) Long expiresIn) {
}
