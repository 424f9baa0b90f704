package com.scoutdesk.integration.webplayer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * A track served by {@link FakeWebPlayerServer}: its page, and the real shapes of the {@code getTrack} and
 * {@code queryTrackCreditsModal} answers (external-apis.md section 3). Options make it misbehave.
 *
 * @param playcount       the play count as the real answer carries it (a string), or null for none
 * @param contributors    the credits, or null when the page's menu offers no credits at all
 * @param creditsOperation the operation name the page uses for the credits (renamed: only the dialog is readable)
 * @param badPlaycount    getTrack answers with a play count that is not a number (a changed shape)
 * @param trackDelayMillis how long getTrack takes to answer
 */
public record TrackFixture(String id, String playcount, List<Contributor> contributors, String creditsOperation,
                           boolean badPlaycount, int trackDelayMillis) {

    /** One contributor as the credits answer lists it; {@code artistId} null means no link to an artist. */
    public record Contributor(String name, String artistId, String role, String group) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A writer credited twice (composer and lyricist), one without an artist link, a producer and a mixer. */
    public static final List<Contributor> CREDITS = List.of(
            new Contributor("Mara Vell", artistId("mara"), "Main Artist", "Artist"),
            new Contributor("Sam Quill", artistId("sam"), "Composer", "Composition & Lyrics"),
            new Contributor("Sam Quill", artistId("sam"), "Lyricist", "Composition & Lyrics"),
            new Contributor("Jo Penn", null, "Writer", "Composition & Lyrics"),
            new Contributor("Pat Knob", artistId("pat"), "Producer", "Production & Engineering"),
            new Contributor("Kim Fader", null, "Mixer", "Production & Engineering"));

    /** A track with the standard credits and a play count of 1234567; the id is 22 base62 characters. */
    public static TrackFixture of(String tag) {
        return new TrackFixture(id(tag), "1234567", CREDITS, "queryTrackCreditsModal", false, 10);
    }

    public static String id(String tag) {
        return (tag + "x".repeat(22)).substring(0, 22);
    }

    public static String artistId(String tag) {
        return (tag + "a".repeat(22)).substring(0, 22);
    }

    public TrackFixture withoutCredits() {
        return new TrackFixture(id, playcount, null, creditsOperation, badPlaycount, trackDelayMillis);
    }

    public TrackFixture withPlaycount(String count) {
        return new TrackFixture(id, count, contributors, creditsOperation, badPlaycount, trackDelayMillis);
    }

    public TrackFixture withCredits(List<Contributor> credits) {
        return new TrackFixture(id, playcount, credits, creditsOperation, badPlaycount, trackDelayMillis);
    }

    public TrackFixture withRenamedCreditsOperation() {
        return new TrackFixture(id, playcount, contributors, "queryTrackCreditsModalV9", badPlaycount,
                trackDelayMillis);
    }

    public TrackFixture withBadPlaycount() {
        return new TrackFixture(id, playcount, contributors, creditsOperation, true, trackDelayMillis);
    }

    public TrackFixture withTrackDelay(int millis) {
        return new TrackFixture(id, playcount, contributors, creditsOperation, badPlaycount, millis);
    }

    String trackAnswer() {
        ObjectNode track = JSON.createObjectNode().put("__typename", "Track").put("id", id)
                .put("uri", "spotify:track:" + id).put("name", "Song " + id);
        if (badPlaycount) {
            track.put("playcount", "about a million");
        } else if (playcount != null) {
            track.put("playcount", playcount);
        }
        track.putObject("duration").put("totalMilliseconds", 201_000);
        ObjectNode root = JSON.createObjectNode();
        root.putObject("data").set("trackUnion", track);
        return root.toString();
    }

    String creditsAnswer() {
        ObjectNode union = JSON.createObjectNode().put("__typename", "Track").put("name", "Song " + id);
        ObjectNode trait = union.putObject("creditsTrait");
        ArrayNode items = trait.putObject("contributors").putArray("items");
        for (Contributor c : contributors == null ? List.<Contributor>of() : contributors) {
            ObjectNode item = items.addObject().put("name", c.name()).put("role", c.role());
            item.putObject("roleGroup").put("name", c.group());
            if (c.artistId() != null) {
                item.put("uri", "spotify:artist:" + c.artistId());
            }
        }
        trait.putObject("sources").putArray("items").addObject().put("name", "Example Records");
        ObjectNode root = JSON.createObjectNode();
        root.putObject("data").set("trackUnion", union);
        return root.toString();
    }
}
