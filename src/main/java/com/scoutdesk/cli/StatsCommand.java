package com.scoutdesk.cli;

import com.scoutdesk.service.DashboardStats;
import com.scoutdesk.service.TrackFilter;
import com.scoutdesk.service.WorkspaceSummary;
import java.io.PrintWriter;
import picocli.CommandLine.Command;

/** {@code scoutdesk stats}: what the workspace holds and the dashboard's metric cards. */
@Command(name = "stats", description = "Show what the workspace holds and the dashboard's metrics.")
final class StatsCommand extends WorkspaceCommand {

    @Override
    int run(OpenedWorkspace workspace) {
        WorkspaceSummary s = workspace.services().workspace().summary();
        DashboardStats d = workspace.services().tracks().stats(TrackFilter.all());
        PrintWriter out = out();
        out.println(workspace.services().workspaceDescription() + (s.sample() ? "  [sample data]" : ""));
        out.printf("Playlists          %,10d%n", s.playlists());
        out.printf("Weeks tracked      %,10d%n", s.weeks());
        out.printf("Weekly entries     %,10d%n", s.entries());
        out.printf("Tracks             %,10d%n", s.tracks());
        out.printf("People             %,10d%n", s.people());
        out.printf("Credits            %,10d%n", s.credits());
        out.printf("Contacts           %,10d%n", s.contacts());
        out.printf("Tags               %,10d%n", s.tags());
        out.printf("Snapshots          %,10d%n", s.snapshots());
        out.printf("Activity events    %,10d%n", s.activityEvents());
        out.println();
        out.printf("High priority leads (score >= %.0f)  %,d%n", DashboardStats.HIGH_PRIORITY_SCORE,
                d.highPriorityLeads());
        out.printf("Average unsigned score            %s%n", d.averageScore() == null ? "- (nothing scored yet)"
                : String.format("%.2f over %,d scored tracks", d.averageScore(), d.scoredTracks()));
        out.printf("Enriched (ISRC, credits, publisher) %.0f%%%n", d.enrichedShare() * 100);
        return 0;
    }
}
