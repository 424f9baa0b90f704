package com.scoutdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.scoutdesk.service.Services;
import com.scoutdesk.concurrent.CurrentThreadTaskExecutor;
import com.scoutdesk.ui.activity.ActivityViewModel;
import com.scoutdesk.ui.common.Debouncer;
import com.scoutdesk.ui.fakes.FakeServices;
import com.scoutdesk.ui.fakes.InMemoryThemeStore;
import com.scoutdesk.ui.fakes.TestRows;
import com.scoutdesk.ui.theme.ThemeManager;
import java.util.ArrayList;
import java.util.List;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** Opening the workspace, without a window. */
class MainViewModelTest {

    private final ThemeManager themes = new ThemeManager(new InMemoryThemeStore(null), css -> { });

    private MainViewModel model(CompletableFuture<Services> services) {
        return new MainViewModel(services, new CurrentThreadTaskExecutor(), themes, Debouncer::immediate);
    }

    @Test
    void staysOpeningUntilTheServicesArrive() {
        MainViewModel model = model(new CompletableFuture<>());

        assertThat(model.stateProperty().get()).isEqualTo(WorkspaceState.OPENING);
        assertThat(model.pagesProperty().get()).isNull();
    }

    @Test
    void openedServicesFillTheStatusBarAndStartTheDashboardOnly() {
        FakeServices fakes = FakeServices.withRows(TestRows.many(40));
        fakes.workspace.sample = true;
        MainViewModel model = model(CompletableFuture.completedFuture(fakes.services()));

        model.start();

        assertThat(model.stateProperty().get()).isEqualTo(WorkspaceState.READY);
        assertThat(model.workspaceDescriptionProperty().get()).isEqualTo(FakeServices.DESCRIPTION);
        assertThat(model.settings().workspaceDescriptionProperty().get()).isEqualTo(FakeServices.DESCRIPTION);
        assertThat(model.sampleProperty().get()).isTrue();
        assertThat(model.pagesProperty().get().dashboard().rows()).hasSize(40);
        // the pages not in front read when first shown, so their queries never hold up the dashboard
        assertThat(model.pagesProperty().get().playlists().rows()).isEmpty();
        assertThat(model.pagesProperty().get().activity().rows()).isEmpty();
        assertThat(fakes.workspace.lastActivityLimit).isZero();
    }

    @Test
    void aPageReadsWhenFirstShown() {
        FakeServices fakes = FakeServices.withRows(TestRows.many(40));
        MainViewModel model = model(CompletableFuture.completedFuture(fakes.services()));
        model.start();

        model.pageProperty().set(Page.PLAYLISTS);
        model.pageProperty().set(Page.ACTIVITY);

        assertThat(model.pagesProperty().get().playlists().rows()).hasSize(3);
        assertThat(model.pagesProperty().get().activity().rows()).extracting(r -> r.kind())
                .containsExactly("workspace.sample", "tier.3", "lead.stage", "playlist.fetched");
        assertThat(fakes.workspace.lastActivityLimit).isEqualTo(500);
    }

    @Test
    void settingsOpenAnotherLetsTheOpenWorkspaceGoThenShowsTheOneChosen() {
        FakeServices first = FakeServices.withRows(TestRows.many(40));
        FakeServices second = FakeServices.withRows(TestRows.many(3));
        MainViewModel model = model(CompletableFuture.completedFuture(first.services()));
        model.start();
        PageViewModels before = model.pagesProperty().get();
        List<Path> asked = new ArrayList<>();
        List<PageViewModels> pagesWhenAsked = new ArrayList<>();
        model.setSwitcher(folder -> {
            asked.add(folder);
            pagesWhenAsked.add(model.pagesProperty().get());
            return second.services();
        });

        model.settings().workspace().openAnother(Path.of("/data/scouting-2027"));

        assertThat(asked).containsExactly(Path.of("/data/scouting-2027"));
        assertThat(pagesWhenAsked).as("the old pages are let go before the old workspace closes").containsNull();
        assertThat(model.stateProperty().get()).isEqualTo(WorkspaceState.READY);
        assertThat(model.pagesProperty().get()).isNotSameAs(before);
        assertThat(model.pagesProperty().get().dashboard().rows()).hasSize(3);
    }

    @Test
    void aFailedFutureShowsTheMessageOfItsCause() {
        MainViewModel model = model(CompletableFuture.failedFuture(new IllegalStateException(
                "The workspace is open in another ScoutDesk window. Close that window and try again.")));

        model.start();

        assertThat(model.stateProperty().get()).isEqualTo(WorkspaceState.FAILED);
        assertThat(model.errorMessageProperty().get())
                .isEqualTo("The workspace is open in another ScoutDesk window. Close that window and try again.");
    }

    @Test
    void aFailureWithoutMessageNamesItsType() {
        MainViewModel model = model(CompletableFuture.failedFuture(new NullPointerException()));

        model.start();

        assertThat(model.errorMessageProperty().get()).isEqualTo("Something went wrong (NullPointerException).");
    }

    @Test
    void loadingTheSampleTurnsTheSampleBadgeOnAndRereadsThePageShownOnly() {
        FakeServices fakes = FakeServices.empty(TestRows.many(5));
        MainViewModel model = model(CompletableFuture.completedFuture(fakes.services()));
        model.start();
        model.pageProperty().set(Page.ACTIVITY);
        model.pageProperty().set(Page.PLAYLISTS);
        assertThat(model.sampleProperty().get()).isFalse();
        assertThat(model.pagesProperty().get().playlists().rows()).isEmpty();
        fakes.workspace.lastActivityLimit = 0;

        model.pagesProperty().get().dashboard().loadSample();

        assertThat(model.sampleProperty().get()).isTrue();
        assertThat(model.pagesProperty().get().playlists().rows()).hasSize(3);
        // the Activity page, not in front, reads when it is shown next, not at once
        assertThat(fakes.workspace.lastActivityLimit).isZero();
        model.pageProperty().set(Page.ACTIVITY);
        assertThat(fakes.workspace.lastActivityLimit).isEqualTo(500);
        assertThat(model.pagesProperty().get().activity().rows()).isEmpty();
    }

    @Test
    void anActivityRowLeadsToItsTrackOnTheDashboardOrItsPlaylistOnThePlaylistsPage() {
        FakeServices fakes = FakeServices.withRows(TestRows.many(40));
        MainViewModel model = model(CompletableFuture.completedFuture(fakes.services()));
        model.start();
        List<Long> details = new ArrayList<>();
        model.setTrackDetails(details::add);
        model.pageProperty().set(Page.ACTIVITY);
        ActivityViewModel activity = model.pagesProperty().get().activity();

        activity.open(activity.rows().stream().filter(r -> r.kind().equals("playlist.fetched")).findFirst()
                .orElseThrow());
        assertThat(model.pageProperty().get()).isEqualTo(Page.PLAYLISTS);
        assertThat(model.pagesProperty().get().playlists().wantedProperty().get()).isEqualTo(2L);

        model.pageProperty().set(Page.ACTIVITY);
        activity.open(activity.rows().stream().filter(r -> r.kind().equals("lead.stage")).findFirst()
                .orElseThrow());
        assertThat(model.pageProperty().get()).isEqualTo(Page.DASHBOARD);
        assertThat(details).containsExactly(27L);
    }
}
