package com.scoutdesk.integration.mlc.dto;

/**
 * {@code POST /oauth/token}'s answer. The data endpoints take the {@code idToken} as the Bearer token; the
 * {@code accessToken} is rejected there. {@code expiresIn} is seconds, sent as a string ("3600").
 */
public record TokenDto(String accessToken, String idToken, String refreshToken, String tokenType, String expiresIn) {

    /** Never prints the tokens. */
    @Override
    public String toString() {
        return "TokenDto[tokenType=" + tokenType + ", expiresIn=" + expiresIn + "]";
    }
}
