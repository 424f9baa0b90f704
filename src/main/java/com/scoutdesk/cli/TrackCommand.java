package com.scoutdesk.cli;

import com.scoutdesk.model.id.SpotifyKind;
import com.scoutdesk.model.id.SpotifyRef;
import com.scoutdesk.service.FieldValue;
import com.scoutdesk.service.StoredScore;
import com.scoutdesk.service.TierState;
import com.scoutdesk.service.TrackCredit;
import com.scoutdesk.service.TrackDetails;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code scoutdesk track ID}: one track's details: its score, where each enrichment tier stands, and every field
 * with its source and age; what is not known says so, and "not configured" is never read as "unsigned".
 */
@Command(name = "track", description = "Show one track: its score, each enrichment tier's state (done, pending, "
        + "failed, deferred, not applicable, not on this plan, not configured), every field with its source and "
        + "time, and its credits.")
final class TrackCommand extends WorkspaceCommand {

    @Parameters(paramLabel = "TRACK", description = "A track: Spotify link or id.")
    String track;

    @Override
    int run(OpenedWorkspace workspace) {
        String id = SpotifyRef.parse(track, SpotifyKind.TRACK).id();
        TrackDetails d = workspace.tracks().details(id).orElseThrow(() -> new IllegalArgumentException(
                "No stored track has the Spotify id " + id + "; `scoutdesk tracks --search` finds tracks."));
        out().printf("%s - %s (%s)%n", TerminalText.escape(d.name()), TerminalText.escape(d.artistNames()), id);
        out().println(d.score().map(TrackCommand::score).orElse("Not scored yet."));
        out().println("Tiers:");
        for (TierState t : d.tiers()) {
            out().printf("  %d %-36s %s%n", t.tier(), t.title(), TerminalText.escape(t.describe()));
        }
        out().println("Fields:");
        for (FieldValue f : d.fields()) {
            out().printf("  %-28s %s%n", f.field(), field(f));
        }
        if (!d.credits().isEmpty()) {
            out().println("Credits:");
            for (TrackCredit c : d.credits()) {
                out().printf("  %-32s %-12s from %s%n", TrackTable.fit(c.personName(), 32), c.role(),
                        c.source());
            }
        }
        return 0;
    }

    private static String score(StoredScore s) {
        return String.format("Unsigned score %.1f of 10 (`scoutdesk score --explain` shows why)", s.score());
    }

    private static String field(FieldValue f) {
        String value = f.value() == null ? "unknown" : TrackTable.fit(String.valueOf(f.value()), 40);
        if (f.source() == null) {
            return value;
        }
        String from = f.source().manualOverride() ? "set by you" : "from " + f.source().source();
        return value + "  (" + from + (f.source().fetchedAt() == null ? "" : ", " + f.source().fetchedAt()) + ")";
    }
}
