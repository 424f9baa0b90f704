package com.scoutdesk.service;

import com.scoutdesk.service.backup.OpenWorkspaceBackups;
import java.util.List;

/**
 * The use cases the user interface and the command line are given by the composition root.
 *
 * @param openingNotices what opening the workspace had to do that the scout must hear of (a damaged file recovered,
 *                       an update undone); empty on an ordinary open
 * @param trackService   one track's details and the scout's own data on it (stage, tags, notes, overrides)
 * @param contacts       the scout's contacts of credited people
 * @param enrichment     queueing, running and following enrichment
 * @param art            album art and playlist covers, kept in the workspace so they show offline
 * @param history        one track's playlist weeks, weekly snapshots, activity and people's links (the drawer)
 * @param tags           the tag manager's use cases: create, rename, colour, merge, delete, undo
 * @param outreach       a track's outreach brief, offline or written by a language model, and the model's Settings
 *                       ({@link OutreachService#settings()})
 * @param playlists      add, fetch, refresh, delete and import playlists, and their fetch history
 * @param credentials    the scout's provider credentials: where they are kept, set, delete and test
 * @param workspaceConfig the workspace folder and the scoutdesk.properties values the Settings page edits; null
 *                       where a front end has no workspace folder (tests with fakes)
 * @param backups        the open workspace's backups: list them, take one now
 * @param alerts         the in-app alerts: list, count and dismiss them; null where a front end has none (fakes)
 * @param trends         a week's top movers, new tracks and playlist adds and drops (the Trends page); null where a
 *                       front end has no database (tests with fakes)
 * @param leadLists      reading back an edited lead list (stages, notes, tags, contacts); null where a front end
 *                       has no workspace (tests with fakes)
 */
public record Services(TrackQueryService tracks, WorkspaceQueryService workspace, SampleDataService sample,
                       ExportService export, RefreshSettings refresh, String workspaceDescription,
                       List<String> openingNotices, TrackService trackService, ContactService contacts,
                       EnrichmentService enrichment, AlbumArtService art,
                       TrackHistoryService history, TagService tags, OutreachService outreach,
                       PlaylistService playlists, CredentialService credentials,
                       WorkspaceConfigService workspaceConfig, OpenWorkspaceBackups backups,
                       AlertService alerts, TrendsService trends, LeadListImportService leadLists) {

    public Services {
        openingNotices = List.copyOf(openingNotices);
    }
}
