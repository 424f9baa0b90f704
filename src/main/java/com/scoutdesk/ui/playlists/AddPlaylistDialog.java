package com.scoutdesk.ui.playlists;

import atlantafx.base.theme.Styles;
import com.scoutdesk.concurrent.TaskExecutor;
import com.scoutdesk.service.PlaylistAdded;
import com.scoutdesk.service.PlaylistService;
import com.scoutdesk.service.WorkspaceQueryService;
import com.scoutdesk.ui.common.FxDebouncer;
import com.scoutdesk.ui.common.I18n;
import com.scoutdesk.ui.common.Panels;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Add a playlist: the Spotify link (any form a scout pastes), an optional Chartmetric link, and whether to fetch and
 * enrich it at once. It stays open after an add to say what happened, so the next link can follow; Enter adds, Esc
 * closes. The dashboard's first-run pane and the Playlists page open it with {@link #open}.
 */
public final class AddPlaylistDialog extends Dialog<Void> {

    static final String STYLESHEET = "/com/scoutdesk/ui/app.css";
    static final ButtonType ADD = new ButtonType(I18n.tr("addPlaylist.button.add"), ButtonBar.ButtonData.OK_DONE);
    static final ButtonType CLOSE = new ButtonType(I18n.tr("addPlaylist.button.close"),
            ButtonBar.ButtonData.CANCEL_CLOSE);

    /** Two lines of small text: the longest message the link parser gives. */
    private static final double PROBLEM_HEIGHT = 34;

    private final AddPlaylistViewModel model;

    /**
     * Shows the dialog (without waiting for it to close) and starts reading the tracked playlists.
     *
     * @param owner   the window it belongs to, or null
     * @param choices where the check boxes are remembered
     * @param onAdded told on the FX thread of every playlist added, e.g. to show the workspace's new data
     */
    public static AddPlaylistDialog open(Window owner, PlaylistService playlists, WorkspaceQueryService workspace,
                                         TaskExecutor executor, AddPlaylistChoices choices,
                                         Consumer<PlaylistAdded> onAdded) {
        Objects.requireNonNull(playlists);
        AddPlaylistViewModel model = new AddPlaylistViewModel(playlists::add, workspace::playlists, executor,
                new FxDebouncer(FxDebouncer.SEARCH_DELAY), choices, onAdded);
        AddPlaylistDialog dialog = new AddPlaylistDialog(owner, model);
        model.start();
        dialog.show();
        Platform.runLater(dialog.linkField()::requestFocus);
        return dialog;
    }

    /** A dialog over a model built elsewhere (tests); not shown yet. */
    public AddPlaylistDialog(Window owner, AddPlaylistViewModel model) {
        this.model = Objects.requireNonNull(model);
        if (owner != null) {
            initOwner(owner);
        }
        setTitle(I18n.tr("addPlaylist.title"));
        setResizable(true);
        DialogPane pane = getDialogPane();
        pane.setHeaderText(I18n.tr("addPlaylist.header"));
        pane.setContent(form());
        pane.getButtonTypes().setAll(ADD, CLOSE);
        pane.getStyleClass().add("add-playlist-dialog");
        pane.getStylesheets().add(Objects.requireNonNull(AddPlaylistDialog.class.getResource(STYLESHEET))
                .toExternalForm());
        pane.setPrefWidth(620);
        Button add = (Button) pane.lookupButton(ADD);
        add.setId("addpl-add");
        add.setDefaultButton(true);
        add.disableProperty().bind(model.canAddProperty().not());
        // The dialog stays open after an add, to say what happened and take the next link.
        add.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            model.add();
        });
        pane.lookupButton(CLOSE).setId("addpl-close");
        setOnHidden(e -> model.dispose());
        // A result or an error may take more lines than the room kept for it: grow rather than cut the buttons off.
        model.resultProperty().addListener((obs, old, now) -> fitWindow());
        model.errorProperty().addListener((obs, old, now) -> fitWindow());
        setResultConverter(button -> null);
    }

    private void fitWindow() {
        Platform.runLater(() -> {
            if (getDialogPane().getScene() != null && getDialogPane().getScene().getWindow() != null) {
                getDialogPane().getScene().getWindow().sizeToScene();
            }
        });
    }

    /** The state behind the dialog. */
    public AddPlaylistViewModel model() {
        return model;
    }

    private TextField linkField() {
        return (TextField) getDialogPane().lookup("#addpl-link");
    }

    private VBox form() {
        TextField link = field("addpl-link", "addPlaylist.link.prompt");
        link.textProperty().bindBidirectional(model.linkProperty());
        Label linkProblem = problem("addpl-link-problem");
        linkProblem.textProperty().bind(model.linkProblemProperty());

        TextField chartmetric = field("addpl-chartmetric", "addPlaylist.chartmetric.prompt");
        chartmetric.textProperty().bindBidirectional(model.chartmetricLinkProperty());
        Label chartmetricProblem = problem("addpl-chartmetric-problem");
        chartmetricProblem.textProperty().bind(model.chartmetricProblemProperty());

        CheckBox fetch = new CheckBox(I18n.tr("addPlaylist.autoFetch"));
        fetch.setId("addpl-fetch");
        fetch.selectedProperty().bindBidirectional(model.autoFetchProperty());
        CheckBox enrich = new CheckBox(I18n.tr("addPlaylist.autoEnrich"));
        enrich.setId("addpl-enrich");
        enrich.selectedProperty().bindBidirectional(model.autoEnrichProperty());

        VBox inputs = new VBox(6, label("addPlaylist.link.label", link), link, linkProblem,
                label("addPlaylist.chartmetric.label", chartmetric), chartmetric, chartmetricProblem,
                new VBox(8, fetch, enrich));
        // Nothing to change while the add runs; the status line below stays lit.
        inputs.disableProperty().bind(model.runningProperty());
        return new VBox(12, inputs, status());
    }

    private HBox status() {
        ProgressIndicator spinner = Panels.smallSpinner();
        spinner.setId("addpl-progress");
        spinner.visibleProperty().bind(model.runningProperty());
        Label adding = new Label(I18n.tr("addPlaylist.adding"));
        adding.visibleProperty().bind(model.runningProperty());
        adding.managedProperty().bind(adding.visibleProperty());

        Label result = new Label();
        result.setId("addpl-result");
        result.setWrapText(true);
        result.getStyleClass().add(Styles.SUCCESS);
        result.textProperty().bind(model.resultProperty());
        result.visibleProperty().bind(result.textProperty().isNotEmpty());
        result.managedProperty().bind(result.visibleProperty());

        Label error = Panels.errorLine();
        error.setId("addpl-error");
        error.textProperty().bind(model.errorProperty());

        HBox status = new HBox(8, spinner, adding, result, error);
        status.setAlignment(Pos.CENTER_LEFT);
        status.setMinHeight(40);
        HBox.setHgrow(result, Priority.ALWAYS);
        HBox.setHgrow(error, Priority.ALWAYS);
        result.setMinHeight(Label.USE_PREF_SIZE);
        error.setMinHeight(Label.USE_PREF_SIZE);
        return status;
    }

    private static TextField field(String id, String promptKey) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(I18n.tr(promptKey));
        return field;
    }

    private static Label label(String key, TextField forField) {
        Label label = new Label(I18n.tr(key));
        label.getStyleClass().add(Styles.TEXT_BOLD);
        label.setLabelFor(forField);
        return label;
    }

    /** A red line under a field; its room is kept while it is empty, so the dialog does not jump as one types. */
    private static Label problem(String id) {
        Label problem = new Label();
        problem.setId(id);
        problem.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        problem.setWrapText(true);
        problem.setMinHeight(PROBLEM_HEIGHT);
        problem.setAlignment(Pos.TOP_LEFT);
        problem.setMaxWidth(Double.MAX_VALUE);
        return problem;
    }
}
