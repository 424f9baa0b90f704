package com.scoutdesk.integration.musicbrainz;

import com.fasterxml.jackson.databind.JsonNode;
import com.scoutdesk.model.CreditRole;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a recording look-up with {@code inc=artist-credits+isrcs+work-rels+work-level-rels+artist-rels} says about the
 * song: its writers and the works' ISWCs. Writers sit on the work the recording is a {@code performance} of
 * ({@code relations[].work.relations[]}, types composer, lyricist and writer); the few recordings that carry such
 * relations themselves are read too. Arrangers and translators are not songwriters and are left out.
 *
 * @param writers each (artist, role) once, in the order MusicBrainz lists them
 */
public record RecordingCredits(String recordingId, String title, List<MbArtistCredit> artists,
                               List<MbWriter> writers, List<String> iswcs) {

    private static final Map<String, CreditRole> ROLES = Map.of("composer", CreditRole.COMPOSER,
            "lyricist", CreditRole.LYRICIST, "writer", CreditRole.WRITER);
    private static final String WHAT = "recording look-up";

    public RecordingCredits {
        artists = List.copyOf(artists);
        writers = List.copyOf(writers);
        iswcs = List.copyOf(iswcs);
    }

    /** The distinct songwriters, by MBID, in order. */
    public List<MbArtistCredit> songwriters() {
        return writers.stream().map(MbWriter::artist).distinct().toList();
    }

    static RecordingCredits read(JsonNode recording) {
        MbRecording head = MbRecording.read(recording);
        Set<MbWriter> writers = new LinkedHashSet<>();
        Set<String> iswcs = new LinkedHashSet<>();
        List<JsonNode> relations = MusicBrainzJson.array(recording, "relations", WHAT);
        for (JsonNode relation : relations) {
            if ("work".equals(relation.path("target-type").asText(""))
                    && "performance".equals(relation.path("type").asText(""))) {
                JsonNode work = relation.path("work");
                MusicBrainzJson.array(work, "iswcs", WHAT).forEach(iswc -> iswcs.add(iswc.asText()));
                MusicBrainzJson.array(work, "relations", WHAT).forEach(r -> writer(r).ifPresent(writers::add));
            }
        }
        relations.forEach(r -> writer(r).ifPresent(writers::add));
        return new RecordingCredits(head.id(), head.title(), head.artists(), new ArrayList<>(writers),
                new ArrayList<>(iswcs));
    }

    private static Optional<MbWriter> writer(JsonNode relation) {
        CreditRole role = ROLES.get(relation.path("type").asText(""));
        JsonNode artist = relation.path("artist");
        if (role == null || !"artist".equals(relation.path("target-type").asText(""))
                || !artist.path("id").isTextual()) {
            return Optional.empty();
        }
        return Optional.of(new MbWriter(new MbArtistCredit(artist.path("id").asText(),
                artist.path("name").asText("")), role));
    }
}
