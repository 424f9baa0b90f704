package com.scoutdesk.integration.mlc;

/** A recording The MLC matched to a work; {@code songCode} is null when it is matched to none. */
public record MlcRecording(String isrc, String title, String artist, String songCode) {
}
