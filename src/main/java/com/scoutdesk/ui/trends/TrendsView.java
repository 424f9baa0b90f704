package com.scoutdesk.ui.trends;

import static com.scoutdesk.ui.common.Columns.alignRight;
import static com.scoutdesk.ui.common.Columns.column;
import static com.scoutdesk.ui.common.Columns.flexible;
import static com.scoutdesk.ui.common.Columns.text;

import atlantafx.base.theme.Styles;
import com.scoutdesk.service.trends.Mover;
import com.scoutdesk.service.trends.NewTrack;
import com.scoutdesk.service.trends.PlaylistChange;
import com.scoutdesk.ui.common.I18n;
import com.scoutdesk.ui.common.Panels;
import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The Trends page: a week picker and a playlist filter, then the week's top movers, new tracks and playlist adds and
 * drops, and Export CSV of what is shown.
 */
public final class TrendsView {

    private final VBox root;

    /** @param chooseFile asks where to save the CSV (a save dialog on screen); null when the scout cancels */
    public TrendsView(TrendsViewModel model, Function<Window, Path> chooseFile) {
        ComboBox<LocalDate> week = new ComboBox<>(model.weeks());
        week.setId("trends-week");
        week.setPrefWidth(130);
        week.valueProperty().bindBidirectional(model.weekProperty());
        ComboBox<TrendsViewModel.PlaylistFilter> playlist = new ComboBox<>(model.playlists());
        playlist.setId("trends-playlist");
        playlist.valueProperty().bindBidirectional(model.playlistProperty());
        playlist.setPrefWidth(220);
        Button export = new Button(I18n.tr("trends.export"));
        export.setId("trends-export");
        export.setOnAction(e -> {
            Path file = chooseFile.apply(export.getScene() == null ? null : export.getScene().getWindow());
            if (file != null) {
                model.exportTo(file);
            }
        });
        ProgressIndicator spinner = Panels.smallSpinner();
        spinner.visibleProperty().bind(model.loadingProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(10, Panels.pageTitle(I18n.tr("trends.title")), spinner, gap,
                new Label(I18n.tr("trends.week")), week, new Label(I18n.tr("trends.playlist")), playlist, export);
        header.setAlignment(Pos.CENTER_LEFT);

        Label summary = muted("trends-summary");
        summary.textProperty().bind(model.summaryProperty());
        Label message = muted("trends-message");
        message.textProperty().bind(model.messageProperty());
        Label error = Panels.errorLine();
        error.setId("trends-error");
        error.textProperty().bind(model.errorMessageProperty());
        Label perPlaylist = muted("trends-counts");
        perPlaylist.textProperty().bind(model.countsProperty());
        for (Label line : List.of(message, error, perPlaylist)) {
            // an empty line takes no room
            line.managedProperty().bind(line.textProperty().isNotEmpty());
            line.visibleProperty().bind(line.managedProperty());
        }

        TableView<Mover> movers = movers(model);
        TableView<NewTrack> fresh = newThisWeek(model);
        TableView<PlaylistChange> changes = changes(model);
        SplitPane tables = new SplitPane(
                section(I18n.tr("trends.movers"), movers),
                section(I18n.tr("trends.new"), fresh),
                section(I18n.tr("trends.changes"), perPlaylist, changes));
        // Seen under Xvfb: the lower tables kept their placeholder after their rows arrived, until the window was
        // resized. Each new result lays the three out again.
        model.summaryProperty().addListener((obs, old, now) -> List.of(movers, fresh, changes)
                .forEach(TableView::refresh));
        tables.setOrientation(Orientation.VERTICAL);
        tables.setDividerPositions(0.45, 0.7);
        VBox.setVgrow(tables, Priority.ALWAYS);

        root = new VBox(10, header, summary, error, message, tables);
        root.setId("trends");
        root.setPadding(new Insets(16));
    }

    /** A save dialog for a CSV file. */
    public static Path chooseCsv(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(I18n.tr("trends.export.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(I18n.tr("export.browse.filter"), "*.csv"));
        chooser.setInitialFileName("trends.csv");
        File chosen = chooser.showSaveDialog(owner);
        return chosen == null ? null : chosen.toPath();
    }

    private static Label muted(String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        return label;
    }

    private static VBox section(String title, Node... content) {
        Label heading = new Label(title);
        heading.getStyleClass().add(Styles.TITLE_4);
        VBox.setVgrow(content[content.length - 1], Priority.ALWAYS);
        VBox box = new VBox(6, heading);
        box.getChildren().addAll(content);
        box.setPadding(new Insets(6, 0, 0, 0));
        return box;
    }

    private static <S> TableView<S> table(String id, javafx.collections.ObservableList<S> rows, String empty) {
        TableView<S> table = new TableView<>(rows);
        table.setId(id);
        table.getStyleClass().add(Styles.STRIPED);
        table.setFixedCellSize(30);
        table.setPlaceholder(new Label(empty));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return table;
    }

    private static TableView<Mover> movers(TrendsViewModel model) {
        TableView<Mover> table = table("trends-movers", model.movers(), I18n.tr("trends.movers.none"));
        table.getColumns().addAll(List.of(
                alignRight(column("#", 40, m -> model.movers().indexOf(m) + 1, String::valueOf)),
                flexible(text(I18n.tr("trends.track"), 200, Mover::title), 120),
                flexible(text(I18n.tr("trends.artists"), 150, Mover::artists), 90),
                alignRight(column(I18n.tr("trends.streams.previous"), 110, Mover::previousStreams,
                        v -> TrendTexts.value(v, false))),
                alignRight(column(I18n.tr("trends.streams"), 120, m -> m,
                        m -> TrendTexts.value(m.streams(), m.streamsStale()))),
                alignRight(column(I18n.tr("trends.streams.wow"), 90, m -> m,
                        m -> TrendTexts.change(m.wowStreamsPct(), m.streamsStale()))),
                alignRight(column(I18n.tr("trends.views"), 120, m -> m,
                        m -> TrendTexts.value(m.views(), m.viewsStale()))),
                alignRight(column(I18n.tr("trends.views.wow"), 90, m -> m,
                        m -> TrendTexts.change(m.wowViewsPct(), m.viewsStale()))),
                column(I18n.tr("trends.gap"), 90, m -> m, TrendTexts::gap)));
        table.getColumns().forEach(c -> c.setSortable(false));
        return table;
    }

    private static TableView<NewTrack> newThisWeek(TrendsViewModel model) {
        TableView<NewTrack> table = table("trends-new", model.newThisWeek(), I18n.tr("trends.new.none"));
        table.getColumns().addAll(List.of(
                flexible(text(I18n.tr("trends.track"), 220, NewTrack::title), 120),
                flexible(text(I18n.tr("trends.artists"), 160, NewTrack::artists), 90),
                alignRight(column(I18n.tr("trends.streams"), 110, NewTrack::streams,
                        v -> TrendTexts.value(v, false))),
                flexible(text(I18n.tr("trends.playlists"), 300, NewTrack::playlists), 120)));
        return table;
    }

    private static TableView<PlaylistChange> changes(TrendsViewModel model) {
        TableView<PlaylistChange> table = table("trends-changes", model.changes(), I18n.tr("trends.changes.none"));
        table.getColumns().addAll(List.of(
                flexible(text(I18n.tr("trends.playlist"), 200, PlaylistChange::playlist), 120),
                column(I18n.tr("trends.change"), 90, PlaylistChange::kind, TrendTexts::kind),
                flexible(text(I18n.tr("trends.track"), 220, PlaylistChange::title), 120),
                flexible(text(I18n.tr("trends.artists"), 160, PlaylistChange::artists), 90),
                column(I18n.tr("trends.compared"), 120, PlaylistChange::previousWeek, TrendTexts::week)));
        return table;
    }

    public Node root() {
        return root;
    }
}
