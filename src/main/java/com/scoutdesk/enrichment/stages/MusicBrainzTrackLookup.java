package com.scoutdesk.enrichment.stages;

import com.scoutdesk.enrichment.FoundCredit;
import com.scoutdesk.enrichment.IdentifiedPerson;
import com.scoutdesk.enrichment.TrackUpdate;
import com.scoutdesk.enrichment.fields.MusicBrainzFields;
import com.scoutdesk.integration.common.UnavailableException;
import com.scoutdesk.integration.musicbrainz.ArtistLinks;
import com.scoutdesk.integration.musicbrainz.MbArtistCredit;
import com.scoutdesk.integration.musicbrainz.MbRecording;
import com.scoutdesk.integration.musicbrainz.MbWriter;
import com.scoutdesk.integration.musicbrainz.MusicBrainzClient;
import com.scoutdesk.integration.musicbrainz.RecordingCredits;
import com.scoutdesk.model.CreditRole;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The requests of one track, in order: the ISRC's recordings; the first recording's songwriters and ISWC; then the
 * links of its lead artist and of its first {@value #MAX_WRITERS} songwriters (an artist page another track already
 * asked for comes from the client's cache). With no recording, a sure artist search for the track's first artist says
 * whether MusicBrainz knows the artist at all. Each person found becomes a credit with its MusicBrainz id and links:
 * the lead artist as {@code MAIN_ARTIST}, the songwriters in the roles MusicBrainz gives them.
 *
 * <p>When MusicBrainz lists no songwriter (no recording, no work, or a work without writer relations), the first
 * {@value #MAX_WRITERS} songwriters other tiers credited are searched by name; a name with exactly one sure hit
 * ({@link MusicBrainzClient#findSoleArtist}) is identified ({@link IdentifiedPerson}): that person gets the id and the
 * links, and MusicBrainz lists no credit it never gave.
 */
final class MusicBrainzTrackLookup {

    /** Songwriters whose links are read: a writing camp's tenth member is rarely whom a scout calls first. */
    static final int MAX_WRITERS = 3;

    private final MusicBrainzClient client;

    MusicBrainzTrackLookup(MusicBrainzClient client) {
        this.client = client;
    }

    /**
     * @param artistName  the track's first artist as fetched, for the search when the ISRC is unknown; may be null
     * @param songwriters the songwriters other tiers credited, most credited first, asked for only when MusicBrainz
     *                    lists none
     */
    TrackUpdate lookUp(String isrc, String artistName, Supplier<List<String>> songwriters) {
        TrackUpdate.Builder update = TrackUpdate.from(MusicBrainzStage.SOURCE);
        List<MbRecording> recordings = client.recordingsByIsrc(isrc);
        if (recordings.isEmpty()) {
            boolean known = artistName != null && client.findArtist(artistName).isPresent();
            return update.value(MusicBrainzFields.FOUND, known).credits(List.of())
                    .identified(identify(songwriters.get())).build();
        }
        MbRecording recording = recordings.get(0);
        update.value(MusicBrainzFields.RECORDING_ID, recording.id())
                .value(MusicBrainzFields.FOUND, !recording.artists().isEmpty());
        RecordingCredits credits;
        try {
            credits = client.recording(recording.id());
        } catch (UnavailableException gone) { // merged away between the two requests: the ISRC answer stands
            return update.credits(List.of()).build();
        }
        update.value(MusicBrainzFields.SONGWRITERS, credits.songwriters().size())
                .value(MusicBrainzFields.ISWC, credits.iswcs().isEmpty() ? null : credits.iswcs().get(0));
        update.credits(found(recording, credits));
        if (credits.songwriters().isEmpty()) {
            update.identified(identify(songwriters.get()));
        }
        return update.build();
    }

    private List<IdentifiedPerson> identify(List<String> names) {
        List<IdentifiedPerson> identified = new ArrayList<>();
        for (String name : names.stream().limit(MAX_WRITERS).toList()) {
            client.findSoleArtist(name).ifPresent(hit -> {
                ArtistLinks links = client.artistLinks(hit.id());
                identified.add(new IdentifiedPerson(name, hit.name(), hit.id(), links.spotifyArtistId(),
                        links.links()));
            });
        }
        return identified;
    }

    private List<FoundCredit> found(MbRecording recording, RecordingCredits credits) {
        Set<MbArtistCredit> people = new LinkedHashSet<>();
        recording.artists().stream().findFirst().ifPresent(people::add);
        credits.songwriters().stream().limit(MAX_WRITERS).forEach(people::add);
        Map<String, ArtistLinks> links = new HashMap<>();
        for (MbArtistCredit person : people) {
            links.put(person.id(), client.artistLinks(person.id()));
        }
        List<FoundCredit> found = new ArrayList<>();
        recording.artists().stream().findFirst().ifPresent(lead -> found.add(credit(lead, CreditRole.MAIN_ARTIST,
                links)));
        for (MbWriter writer : credits.writers()) {
            found.add(credit(writer.artist(), writer.role(), links));
        }
        return found;
    }

    /** A credit with the person's links and Spotify id where they were read, without them where not. */
    private static FoundCredit credit(MbArtistCredit artist, CreditRole role, Map<String, ArtistLinks> links) {
        ArtistLinks read = links.get(artist.id());
        return new FoundCredit(artist.name(), read == null ? null : read.spotifyArtistId(), role, artist.id(),
                read == null ? null : read.links());
    }
}
