package com.scoutdesk.integration.musicbrainz;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** A recording an ISRC points to, with its credited artists ({@code inc=artist-credits}). */
public record MbRecording(String id, String title, List<MbArtistCredit> artists) {

    public MbRecording {
        artists = List.copyOf(artists);
    }

    static MbRecording read(JsonNode recording) {
        String id = MusicBrainzJson.text(recording, "id", "recording");
        List<MbArtistCredit> artists = MusicBrainzJson.array(recording, "artist-credit", "recording").stream()
                .map(credit -> credit.path("artist"))
                .filter(artist -> artist.path("id").isTextual())
                .map(artist -> new MbArtistCredit(artist.path("id").asText(), artist.path("name").asText("")))
                .toList();
        return new MbRecording(id, recording.path("title").asText(""), artists);
    }
}
