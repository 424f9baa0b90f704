package com.scoutdesk.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.scoutdesk.app.AppContext;
import com.scoutdesk.app.AppPaths;
import com.scoutdesk.concurrent.CurrentThreadTaskExecutor;
import com.scoutdesk.service.Services;
import com.scoutdesk.service.TrackFilter;
import com.scoutdesk.testing.TestEnvironment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The import dialog's state over a real workspace, without a window: the check lists bad lines and writes nothing,
 * a change to the input drops the preview, and confirming writes the good rows and tells the window.
 */
class ImportViewModelTest {

    private static final String PLAYLIST = "https://open.spotify.com/playlist/37i9dQZF1DX4JAvHpjipBk";
    private static AppContext context;
    private static Services services;
    private int imported;
    private ImportViewModel model;

    @BeforeAll
    static void openWorkspace() throws Exception {
        Locale.setDefault(Locale.US);
        Path dir = Files.createTempDirectory("scoutdesk-import-vm-");
        context = AppContext.open(new AppPaths(dir), TestEnvironment.withoutRealSources(Map.of()), false);
        services = context.services();
    }

    @AfterAll
    static void closeWorkspace() {
        context.close();
    }

    @BeforeEach
    void newModel() {
        model = new ImportViewModel(services.playlists(), services.workspace(), new CurrentThreadTaskExecutor(),
                Runnable::run, () -> imported++);
    }

    private static long tracks() {
        return services.tracks().find(TrackFilter.all(), 0, 1).total();
    }

    @Test
    void theCheckListsEachBadLineByNumberWritesNothingAndAnEditDropsIt() {
        long before = tracks();
        model.pastedProperty().set("spotify:track:2takcwOaAZWiXQijPHIx7B\nnot a link\n"
                + "https://open.spotify.com/track/7qiZfU4dY1lWllzX7mPBI3\n");
        assertThat(model.canCheckProperty().get()).as("no playlist yet").isFalse();
        model.newPlaylistProperty().set(PLAYLIST);

        model.check();

        assertThat(model.phaseProperty().get()).isEqualTo(ImportViewModel.Phase.CHECKED);
        assertThat(model.badLines()).singleElement().asString().startsWith("Line 2: ").contains("Spotify");
        assertThat(model.summaryProperty().get()).startsWith("2 tracks are ready to import. 1 line cannot be imported");
        assertThat(model.importLabelProperty().get()).isEqualTo("Import 2 tracks");
        assertThat(model.canImportProperty().get()).isTrue();
        assertThat(tracks()).isEqualTo(before);
        assertThat(imported).isZero();

        model.pastedProperty().set(model.pastedProperty().get() + "spotify:track:3n3Ppam7vgaVa1iaRUc9Lp\n");

        assertThat(model.previewProperty().get()).isNull();
        assertThat(model.badLines()).isEmpty();
        assertThat(model.canImportProperty().get()).isFalse();
        assertThat(model.importLabelProperty().get()).isEqualTo("Import");
    }

    @Test
    void confirmingWritesTheGoodRowsOnlyAndTellsTheWindow() {
        long before = tracks();
        model.pastedProperty().set("spotify:track:1301WleyT98MSxVHPZCA6M\nspotify:album:1DFixLWuPkv3KT3TnV35m3\n"
                + "spotify:track:0VjIjW4GlUZAMYd2vXMi3b\n");
        model.newPlaylistProperty().set(PLAYLIST);
        model.importGoodRows();
        assertThat(tracks()).as("nothing before a check").isEqualTo(before);

        model.check();
        model.importGoodRows();

        assertThat(model.phaseProperty().get()).isEqualTo(ImportViewModel.Phase.DONE);
        assertThat(model.summaryProperty().get()).startsWith("Imported 2 tracks into");
        assertThat(tracks()).isEqualTo(before + 2);
        assertThat(imported).isEqualTo(1);
        assertThat(model.canImportProperty().get()).as("the same rows are not imported twice").isFalse();
    }

    @Test
    void aPlaylistThatIsNotALinkIsSaidInPlainWordsAndNothingIsShownAsGood() {
        model.pastedProperty().set("spotify:track:1301WleyT98MSxVHPZCA6M\n");
        model.newPlaylistProperty().set("Friday picks");

        model.check();

        assertThat(model.phaseProperty().get()).isEqualTo(ImportViewModel.Phase.EDITING);
        assertThat(model.problemProperty().get()).contains("Spotify playlist link").doesNotContain("Exception");
        assertThat(model.canImportProperty().get()).isFalse();
    }
}
