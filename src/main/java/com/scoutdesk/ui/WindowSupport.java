package com.scoutdesk.ui;

import com.scoutdesk.concurrent.TaskExecutor;
import com.scoutdesk.ui.common.Notifier;
import com.scoutdesk.ui.export.ExportChoices;
import com.scoutdesk.ui.export.InMemoryExportChoices;
import com.scoutdesk.ui.playlists.AddPlaylistChoices;
import com.scoutdesk.ui.playlists.PlaylistLayoutMemory;
import com.scoutdesk.ui.triage.ViewMemory;
import java.time.Clock;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.LoggerFactory;

/**
 * What the window takes from the desktop around it rather than from the workspace.
 *
 * @param openUrl      opens an address in the scout's browser ({@code HostServices::showDocument})
 * @param memories     the remembered view and filter of a workspace, by its description
 * @param artExecutor  loads album art: an executor of its own, so a slow image host never delays a query
 * @param clock        the time ages and "rate-limited until" are read against
 * @param exportChoices where the export dialog remembers its columns and folder
 * @param addPlaylistChoices where the Add playlist dialog remembers its check boxes
 * @param notifier     tells the scout when a long job ends or fails while they work elsewhere
 * @param playlistLayout whether the Playlists page last showed its table or its cards
 */
public record WindowSupport(Consumer<String> openUrl, Function<String, ViewMemory> memories,
                            TaskExecutor artExecutor, Clock clock, ExportChoices exportChoices,
                            AddPlaylistChoices addPlaylistChoices, Notifier notifier,
                            PlaylistLayoutMemory playlistLayout) {

    /** A window whose Playlists page starts with the table and remembers its layout as long as the window lasts. */
    public WindowSupport(Consumer<String> openUrl, Function<String, ViewMemory> memories, TaskExecutor artExecutor,
                         Clock clock, ExportChoices exportChoices, AddPlaylistChoices addPlaylistChoices,
                         Notifier notifier) {
        this(openUrl, memories, artExecutor, clock, exportChoices, addPlaylistChoices, notifier,
                PlaylistLayoutMemory.inMemory());
    }

    /**
     * A window whose Add playlist choices last as long as it does and whose long jobs end without a notice (window
     * tests that look at neither).
     */
    public WindowSupport(Consumer<String> openUrl, Function<String, ViewMemory> memories, TaskExecutor artExecutor,
                         Clock clock, ExportChoices exportChoices) {
        this(openUrl, memories, artExecutor, clock, exportChoices, AddPlaylistChoices.inMemory(), Notifier.NONE);
    }

    public WindowSupport {
        Objects.requireNonNull(openUrl);
        Objects.requireNonNull(memories);
        Objects.requireNonNull(artExecutor);
        Objects.requireNonNull(clock);
        Objects.requireNonNull(exportChoices);
        Objects.requireNonNull(addPlaylistChoices);
        Objects.requireNonNull(notifier);
        Objects.requireNonNull(playlistLayout);
    }

    /**
     * For a window with no desktop around it (benchmarks, tests): nothing is remembered past the window, and an
     * address asked to be opened is logged instead.
     */
    public static WindowSupport detached(TaskExecutor executor) {
        return new WindowSupport(
                url -> LoggerFactory.getLogger(WindowSupport.class).info("Not opening {}: no browser here", url),
                description -> ViewMemory.inMemory(), executor, Clock.systemDefaultZone(), new InMemoryExportChoices());
    }
}
