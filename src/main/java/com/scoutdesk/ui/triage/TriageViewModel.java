package com.scoutdesk.ui.triage;

import com.scoutdesk.concurrent.TaskExecutor;
import com.scoutdesk.model.EnrichmentTier;
import com.scoutdesk.model.LeadStage;
import com.scoutdesk.service.EnrichmentScope;
import com.scoutdesk.service.Services;
import com.scoutdesk.service.TrackFilter;
import com.scoutdesk.service.TrackService;
import com.scoutdesk.ui.common.ErrorMessages;
import com.scoutdesk.ui.common.I18n;
import com.scoutdesk.ui.dashboard.DashboardViewModel;
import com.scoutdesk.ui.drawer.DetailsDrawerViewModel;
import com.scoutdesk.ui.leads.CardsViewModel;
import com.scoutdesk.ui.leads.KanbanViewModel;
import com.scoutdesk.ui.leads.LeadStageUndo;
import com.scoutdesk.ui.leads.StageChanger;
import com.scoutdesk.ui.leads.StageWriter;
import com.scoutdesk.ui.progress.EnrichmentProgressViewModel;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The triage workspace's state and commands, over the dashboard's filter: which view shows the result (table, cards,
 * kanban), the details drawer, and what the scout does with leads (re-enrich, tag, set stage, undo). Every view
 * shows the dashboard's current result in its order; a view not in sight catches up when it is shown. Work that
 * changed tracks (a stage move, tags, enrichment finishing tiers) is announced through {@link #tracksChanged}, which
 * reads the shown result again in place, never row by row.
 */
public final class TriageViewModel {

    private final DashboardViewModel dashboard;
    private final TrackService trackService;
    private final Services services;
    private final TaskExecutor executor;
    private final ViewMemory memory;
    private final StageChanger changer;
    private final CardsViewModel cards;
    private final KanbanViewModel kanban;
    private final DetailsDrawerViewModel drawer;
    private final ObjectProperty<LeadView> view = new SimpleObjectProperty<>(this, "view", LeadView.TABLE);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper errorMessage = new ReadOnlyStringWrapper(this, "errorMessage", "");
    /** The result each side view last showed, and whether tracks changed under it since (read again when seen). */
    private DashboardViewModel.Shown cardsShown;
    private DashboardViewModel.Shown kanbanShown;
    private boolean cardsStale;
    private boolean kanbanStale;
    private EnrichmentProgressViewModel progress;

    public TriageViewModel(DashboardViewModel dashboard, Services services, TaskExecutor executor, Clock clock,
                           ViewMemory memory) {
        this.dashboard = Objects.requireNonNull(dashboard);
        this.services = Objects.requireNonNull(services);
        this.trackService = Objects.requireNonNull(services.trackService());
        this.executor = Objects.requireNonNull(executor);
        this.memory = Objects.requireNonNull(memory);
        this.changer = new StageChanger(StageWriter.of(trackService), executor, new LeadStageUndo());
        this.cards = new CardsViewModel(services.tracks(), executor);
        this.kanban = new KanbanViewModel(services.tracks(), changer, executor);
        this.drawer = new DetailsDrawerViewModel(trackService, services.contacts(), services.history(), executor,
                clock);
        view.addListener((obs, old, now) -> {
            if (now == null) {
                view.set(old);
                return;
            }
            memory.saveView(now);
            showIn(now);
        });
        dashboard.shownProperty().addListener((obs, old, now) -> {
            memory.saveFilter(dashboard.filter().saved());
            showIn(view.get());
        });
        changer.messageProperty().addListener((obs, old, now) -> say(now));
        changer.errorMessageProperty().addListener((obs, old, now) -> fail(now));
        // A move in any view (the kanban's drags included) changes what the others show.
        changer.storedProperty().addListener((obs, old, now) -> resultChanged(Set.of()));
    }

    /**
     * Follows the live enrichment: the rows, cards, lanes, metric cards and the open drawer are read again once per
     * batch of tracks whose tiers finished, and the bar shows at once when the scout queues tracks again.
     */
    public void follow(EnrichmentProgressViewModel enrichmentProgress) {
        this.progress = Objects.requireNonNull(enrichmentProgress);
        enrichmentProgress.onTracksChanged(this::tracksChanged);
    }

    /** Puts back the view and filter the scout had last time; call before the dashboard starts. */
    public void restore() {
        memory.view().ifPresent(view::set);
        dashboard.restoreFilter(memory.filter());
    }

    /** Queues the tiers again for the tracks; the window's background enrichment starts on them at once. */
    public void reEnrich(List<Long> trackIds, Set<EnrichmentTier> tiers) {
        if (trackIds.isEmpty()) {
            return;
        }
        EnrichmentScope scope = EnrichmentScope.of(trackIds, tiers);
        executor.submit("re-enrich", () -> services.enrichment().queueAgain(scope),
                queued -> {
                    say(I18n.tr("triage.reEnrichQueued", queued.tracks(), queued.runs()));
                    if (progress != null) {
                        progress.refresh();
                    }
                },
                error -> fail(ErrorMessages.of(error)));
    }

    /** Adds the tags to each of the tracks, keeping the tags each already has. */
    public void addTags(List<Long> trackIds, Collection<String> tags) {
        Set<String> added = new TreeSet<>();
        tags.stream().map(String::strip).filter(t -> !t.isEmpty()).forEach(added::add);
        if (trackIds.isEmpty() || added.isEmpty()) {
            return;
        }
        List<Long> ids = List.copyOf(trackIds);
        executor.submit("add-tags", () -> {
            for (long id : ids) {
                Set<String> all = new TreeSet<>(trackService.lead(id).tags());
                all.addAll(added);
                trackService.setTags(id, all);
            }
            return ids.size();
        }, count -> {
            say(I18n.tr("triage.tagged", count, String.join(", ", added)));
            dashboard.reloadOptions();
            tracksChanged(Set.copyOf(ids));
        }, error -> fail(ErrorMessages.of(error)));
    }

    /** Moves the tracks to a stage, as one move that Ctrl+Z takes back. */
    public void setStage(List<Long> trackIds, LeadStage stage) {
        changer.changeAll(trackIds, stage, changes -> { });
    }

    /** Takes back the last stage move, made in whichever view (Ctrl+Z). */
    public boolean undo() {
        return changer.undo(changes -> { });
    }

    /** Reads the options, the result and the open drawer again (Refresh). */
    public void refresh() {
        dashboard.reloadOptions();
        resultChanged(Set.of());
    }

    /**
     * Tracks changed under the views (enrichment finished tiers, tags or stages were written): the result shown is
     * read again in place, the side views catch up, and the drawer reads its track again when it is one of them.
     * Called once per batch of changes, on the FX thread.
     */
    public void tracksChanged(Set<Long> trackIds) {
        resultChanged(trackIds);
    }

    private void resultChanged(Set<Long> trackIds) {
        dashboard.reloadInPlace();
        cardsStale = true;
        kanbanStale = true;
        showIn(view.get());
        drawer.openTrack().ifPresent(open -> {
            if (trackIds.isEmpty() || trackIds.contains(open)) {
                drawer.reload();
            }
        });
    }

    private void showIn(LeadView shownIn) {
        DashboardViewModel.Shown now = dashboard.shownProperty().get();
        if (now == null) {
            return;
        }
        if (shownIn == LeadView.CARDS) {
            if (!now.equals(cardsShown)) {
                cards.show(now.filter(), now.sort());
            } else if (cardsStale) {
                cards.reload();
            }
            cardsShown = now;
            cardsStale = false;
        } else if (shownIn == LeadView.KANBAN) {
            if (!now.equals(kanbanShown)) {
                kanban.show(now.filter(), now.sort());
            } else if (kanbanStale) {
                kanban.reload();
            }
            kanbanShown = now;
            kanbanStale = false;
        }
    }

    private void say(String text) {
        if (text != null && !text.isEmpty()) {
            message.set(text);
            errorMessage.set("");
        }
    }

    private void fail(String text) {
        if (text != null && !text.isEmpty()) {
            errorMessage.set(text);
        }
    }

    public void dispose() {
        cards.dispose();
        kanban.dispose();
    }

    public DashboardViewModel dashboard() {
        return dashboard;
    }

    public CardsViewModel cards() {
        return cards;
    }

    public KanbanViewModel kanban() {
        return kanban;
    }

    public DetailsDrawerViewModel drawer() {
        return drawer;
    }

    /** The export dialog's current filter: the result on screen, or every track before the first one landed. */
    public TrackFilter shownFilter() {
        DashboardViewModel.Shown now = dashboard.shownProperty().get();
        return now == null ? TrackFilter.all() : now.filter();
    }

    public Services services() {
        return services;
    }

    public TaskExecutor executor() {
        return executor;
    }

    public StageChanger changer() {
        return changer;
    }

    /** The view showing the result; writable, never null. Remembered for the next start. */
    public ObjectProperty<LeadView> viewProperty() {
        return view;
    }

    /** What the last command did, in words ("Queued 3 tracks for enrichment (12 runs)"). */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Why the last command failed; "" when it did not. */
    public ReadOnlyStringProperty errorMessageProperty() {
        return errorMessage.getReadOnlyProperty();
    }
}
