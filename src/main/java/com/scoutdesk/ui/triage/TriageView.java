package com.scoutdesk.ui.triage;

import atlantafx.base.theme.Styles;
import com.scoutdesk.model.EnrichmentTier;
import com.scoutdesk.model.LeadStage;
import com.scoutdesk.service.TrackRow;
import com.scoutdesk.ui.common.ArtThumbnails;
import com.scoutdesk.ui.common.I18n;
import com.scoutdesk.ui.common.Icons;
import com.scoutdesk.ui.common.Panels;
import com.scoutdesk.ui.common.Shortcuts;
import com.scoutdesk.ui.dashboard.DashboardView;
import com.scoutdesk.ui.dashboard.LeadActions;
import com.scoutdesk.ui.drawer.DetailsDrawerView;
import com.scoutdesk.ui.export.ExportChoices;
import com.scoutdesk.ui.export.ExportDialog;
import com.scoutdesk.ui.leadlists.LeadListImportDialog;
import com.scoutdesk.ui.leadlists.LeadListImportViewModel;
import com.scoutdesk.ui.leads.CardsView;
import com.scoutdesk.ui.leads.KanbanView;
import com.scoutdesk.ui.leads.LeadCard;
import com.scoutdesk.ui.outreach.OutreachDialog;
import com.scoutdesk.ui.outreach.OutreachViewModel;
import com.scoutdesk.ui.tags.TagManagerDialog;
import com.scoutdesk.ui.tags.TagManagerModel;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.event.EventHandler;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;

/**
 * The triage workspace as the dashboard page shows it: a toolbar (view toggle, refresh, playlists), the metric
 * cards and filters, the result as a table, cards or kanban, and the details drawer over its right side. It is the
 * {@link LeadActions} of the table's row menu, and owns the page's keyboard: Ctrl+1..3 views, Ctrl+R re-enrich,
 * Ctrl+Z undo, 1-6 stage, T tag, Enter details, Esc closes the drawer or clears the search.
 */
public final class TriageView implements LeadActions {


    private final TriageViewModel model;
    /** The dashboard with the drawer laid over its right side, so opening it never squeezes the table. */
    private final StackPane root = new StackPane();
    private final DashboardView dashboard;
    /** Made the first time a track's details are asked for, like the kanban. */
    private DetailsDrawerView drawer;
    private final ArtThumbnails art;
    private final StackPane results = new StackPane();
    /** Made the first time the scout shows them: the window opens faster without their nodes. */
    private KanbanView kanban;
    private final Map<LeadView, Node> views = new EnumMap<>(LeadView.class);
    private final EventHandler<KeyEvent> keys = this::keyPressed;
    private final Consumer<String> openUrl;
    private final ExportChoices exportChoices;

    /**
     * @param openUrl       opens an address in the browser ({@code HostServices::showDocument})
     * @param exportChoices where the export dialog remembers its columns and folder
     * @param openPlaylists shows the Playlists page
     */
    public TriageView(TriageViewModel model, ArtThumbnails art, Consumer<String> openUrl, ExportChoices exportChoices,
                      Runnable openPlaylists) {
        this.model = Objects.requireNonNull(model);
        this.openUrl = Objects.requireNonNull(openUrl);
        this.exportChoices = Objects.requireNonNull(exportChoices);
        this.art = Objects.requireNonNull(art);
        dashboard = new DashboardView(model.dashboard(), this, art, openUrl, toolbar(openPlaylists), table -> {
            views.put(LeadView.TABLE, table);
            results.getChildren().setAll(table);
            return results;
        });
        model.viewProperty().addListener((obs, old, now) -> showView(now));
        showView(model.viewProperty().get());

        root.setId("triage");
        root.getChildren().setAll(dashboard.root());
        // On the scene, not the root: after the drawer closes the focus may rest on no node of the page at all.
        // As a handler, not a filter, so a lane's own keys and a text field's typing come first.
        root.sceneProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.removeEventHandler(KeyEvent.KEY_PRESSED, keys);
            }
            if (now != null) {
                now.addEventHandler(KeyEvent.KEY_PRESSED, keys);
            }
        });
    }

    public Parent root() {
        return root;
    }

    public DashboardView dashboard() {
        return dashboard;
    }

    /** The details drawer, laid over the dashboard's right side; made on the first call. */
    public DetailsDrawerView drawer() {
        if (drawer == null) {
            drawer = new DetailsDrawerView(model.drawer(), openUrl, this::outreachBrief);
            StackPane.setAlignment(drawer.root(), Pos.CENTER_RIGHT);
            // The keyboard goes back to the leads when the drawer closes (Esc, its close button), not to a hidden
            // node.
            drawer.showing().addListener((obs, was, now) -> {
                if (!now) {
                    views.get(model.viewProperty().get()).requestFocus();
                }
            });
            root.getChildren().add(drawer.root());
        }
        return drawer;
    }

    /** Puts the keyboard focus into the search field (Ctrl+F). */
    public void focusSearch() {
        dashboard.focusSearch();
    }

    @Override
    public void reEnrich(List<Long> trackIds, Set<EnrichmentTier> tiers) {
        model.reEnrich(trackIds, tiers);
    }

    @Override
    public void openDetails(long trackId) {
        drawer().show(trackId);
    }

    @Override
    public void tag(List<Long> trackIds) {
        if (trackIds.isEmpty()) {
            return;
        }
        TagDialog.ask(root.getScene() == null ? null : root.getScene().getWindow(), trackIds.size())
                .ifPresent(tags -> model.addTags(trackIds, tags));
    }

    @Override
    public void setStage(List<Long> trackIds, LeadStage stage) {
        model.setStage(trackIds, stage);
    }

    @Override
    public void outreachBrief(long trackId, String trackName) {
        Window owner = root.getScene() == null ? null : root.getScene().getWindow();
        OutreachViewModel brief = new OutreachViewModel(model.services().outreach(), model.executor(),
                Platform::runLater);
        new OutreachDialog(owner, trackName, brief).show();
        brief.start(trackId);
    }

    private Node toolbar(Runnable openPlaylists) {
        ToggleGroup group = new ToggleGroup();
        HBox toggle = new HBox();
        toggle.setId("view-toggle");
        Map<LeadView, ToggleButton> buttons = new EnumMap<>(LeadView.class);
        for (LeadView each : LeadView.values()) {
            ToggleButton button = new ToggleButton(each.title(), Icons.of(each.icon()));
            button.setId("view-" + each.name().toLowerCase());
            button.setToggleGroup(group);
            button.setTooltip(new Tooltip(I18n.tr("triage.view.tip", each.title(), each.key())));
            button.getStyleClass().add(each.ordinal() == 0 ? Styles.LEFT_PILL
                    : each.ordinal() == LeadView.values().length - 1 ? Styles.RIGHT_PILL : Styles.CENTER_PILL);
            button.setOnAction(e -> {
                model.viewProperty().set(each);
                button.setSelected(true); // a click on the chosen view keeps it chosen
            });
            buttons.put(each, button);
            toggle.getChildren().add(button);
        }
        buttons.get(model.viewProperty().get()).setSelected(true);
        model.viewProperty().addListener((obs, old, now) -> buttons.get(now).setSelected(true));

        Label message = new Label();
        message.setId("triage-message");
        message.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        message.textProperty().bind(model.messageProperty());
        message.setMinWidth(0);
        Label error = Panels.errorLine();
        error.setId("triage-error");
        error.textProperty().bind(model.errorMessageProperty());
        error.setMinWidth(0);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        Button refresh = new Button(I18n.tr("triage.refresh"), Icons.of(Feather.REFRESH_CW));
        refresh.setId("refresh");
        refresh.setTooltip(new Tooltip(I18n.tr("triage.refresh.tip")));
        refresh.setOnAction(e -> model.refresh());
        Button export = new Button(I18n.tr("triage.export"), Icons.of(Feather.DOWNLOAD));
        export.setId("export-csv");
        export.setTooltip(new Tooltip(I18n.tr("triage.export.tip")));
        export.setOnAction(e -> openExport());
        Button leadImport = new Button(I18n.tr("triage.leadImport"), Icons.of(Feather.UPLOAD));
        leadImport.setId("import-lead-list");
        leadImport.setTooltip(new Tooltip(I18n.tr("triage.leadImport.tip")));
        leadImport.setOnAction(e -> openLeadListImport());
        leadImport.setVisible(model.services().leadLists() != null);
        leadImport.managedProperty().bind(leadImport.visibleProperty());
        Button playlists = new Button(I18n.tr("triage.playlists"), Icons.of(Feather.MUSIC));
        playlists.setId("open-playlists");
        playlists.setTooltip(new Tooltip(I18n.tr("triage.playlists.tip")));
        playlists.setOnAction(e -> openPlaylists.run());

        Button tags = new Button(I18n.tr("triage.tags"), Icons.of(Feather.TAG));
        tags.setId("open-tags");
        tags.setTooltip(new Tooltip(I18n.tr("triage.tags.tip")));
        tags.setOnAction(e -> openTags());

        HBox bar = new HBox(10, toggle, message, error, spacer, export, leadImport, refresh, tags, playlists);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setId("triage-toolbar");
        return bar;
    }

    private Node sideView(LeadView view) {
        Parent made;
        if (view == LeadView.CARDS) {
            made = new CardsView(model.cards(), art).root();
        } else {
            kanban = new KanbanView(model.kanban(), art);
            made = kanban.root();
        }
        made.addEventHandler(MouseEvent.MOUSE_CLICKED, this::cardClicked);
        results.getChildren().add(made);
        return made;
    }

    /** A double-click on a card opens its details, as on a table row. */
    private void cardClicked(MouseEvent event) {
        if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2
                && event.getPickResult().getIntersectedNode() != null) {
            LeadCard card = LeadCard.around(event.getPickResult().getIntersectedNode());
            if (card != null && card.row() != null) {
                openDetails(card.row().id());
                event.consume();
            }
        }
    }

    private void showView(LeadView shown) {
        views.computeIfAbsent(shown, this::sideView);
        views.forEach((view, node) -> {
            node.setVisible(view == shown);
            node.setManaged(view == shown);
        });
    }

    private void keyPressed(KeyEvent event) {
        for (LeadView each : LeadView.values()) {
            if (Shortcuts.view(each.key()).match(event)) {
                model.viewProperty().set(each);
                event.consume();
                return;
            }
        }
        if (Shortcuts.UNDO.match(event) && !typing(event)) {
            model.undo();
            event.consume();
        } else if (Shortcuts.EXPORT.match(event)) {
            openExport();
            event.consume();
        } else if (Shortcuts.RE_ENRICH.match(event)) {
            reEnrich(chosen(), EnumSet.allOf(EnrichmentTier.class));
            event.consume();
        } else if (event.getCode() == KeyCode.ESCAPE) {
            escape(event);
        } else if (!typing(event) && !event.isShortcutDown() && !event.isAltDown()) {
            plainKey(event);
        }
    }

    private void escape(KeyEvent event) {
        if (drawer != null && drawer.showing().get()) {
            drawer.close();
            event.consume();
        } else if (dashboard.hasSearchText()) {
            dashboard.clearSearch();
            event.consume();
        }
    }

    /** 1-6 and T act on the table's chosen tracks, Enter on the kanban's selected card (the table has its own). */
    private void plainKey(KeyEvent event) {
        LeadView shown = model.viewProperty().get();
        if (event.getCode() == KeyCode.ENTER && shown == LeadView.KANBAN && kanban != null
                && kanban.selected() != null) {
            openDetails(kanban.selected().id());
            event.consume();
        } else if (shown == LeadView.TABLE && event.getCode() == KeyCode.T) {
            tag(chosen());
            event.consume();
        } else if (shown == LeadView.TABLE && event.getCode().isDigitKey()) {
            int digit = event.getCode().getName().charAt(event.getCode().getName().length() - 1) - '0';
            if (digit >= 1 && digit <= LeadStage.values().length) {
                setStage(chosen(), LeadStage.values()[digit - 1]);
                event.consume();
            }
        }
    }

    /**
     * The export dialog (Ctrl+E) for the result on screen, or the ticked tracks; it runs the export in the background
     * and stays open to say where the file went.
     */
    public void openExport() {
        Window owner = root.getScene() == null ? null : root.getScene().getWindow();
        new ExportDialog(owner, model.services().export(), model.executor(), model.shownFilter(),
                model.dashboard().totalProperty().get(), model.dashboard().selection().ids(), exportChoices, openUrl)
                .show();
    }

    /**
     * "Import edited lead list…": the scout picks the edited CSV, the dialog previews it in the background and
     * applies it only on Apply; the leads on screen are read again after.
     */
    public void openLeadListImport() {
        Window owner = root.getScene() == null ? null : root.getScene().getWindow();
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle(I18n.tr("leadImport.title"));
        chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter("CSV", "*.csv"));
        java.io.File file = chooser.showOpenDialog(owner);
        if (file != null) {
            LeadListImportViewModel vm = new LeadListImportViewModel(model.services().leadLists(), model.executor(),
                    model::refresh);
            new LeadListImportDialog(owner, vm).show();
            vm.preview(file.toPath());
        }
    }

    /**
     * The tag manager: add, rename, colour, merge and delete tags; each change reads the filters' options and the
     * rows on screen again. Does nothing when this workspace has no tag use cases.
     */
    public void openTags() {
        if (model.services().tags() != null) {
            Window owner = root.getScene() == null ? null : root.getScene().getWindow();
            new TagManagerDialog(owner, new TagManagerModel(model.services().tags(), model.executor(),
                    model::refresh)).show();
        }
    }

    /** The ticked tracks, else the table's focused row, else none. */
    private List<Long> chosen() {
        List<Long> ticked = model.dashboard().selection().ids();
        if (!ticked.isEmpty()) {
            return ticked;
        }
        TableView<TrackRow> table = dashboard.table();
        int focused = table.getFocusModel().getFocusedIndex();
        TrackRow row = focused < 0 || focused >= table.getItems().size() ? null : table.getItems().get(focused);
        return row == null ? List.of() : List.of(row.id());
    }

    private static boolean typing(KeyEvent event) {
        return event.getTarget() instanceof TextInputControl;
    }
}
