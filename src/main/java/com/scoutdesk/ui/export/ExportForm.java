package com.scoutdesk.ui.export;

import atlantafx.base.theme.Styles;
import com.scoutdesk.service.ExportGranularity;
import com.scoutdesk.ui.common.I18n;
import com.scoutdesk.ui.common.Icons;
import com.scoutdesk.ui.common.Panels;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/** The export dialog's content, bound to its model: scope, rows, columns, Excel, file, then problem or progress. */
final class ExportForm {

    private static final int COLUMNS_PER_LINE = 3;
    private static final double STATUS_HEIGHT = 52;

    private final ExportDialogModel model;
    final Button browse = new Button(I18n.tr("export.browse"));
    final Button stop = new Button(I18n.tr("export.button.stop"));
    final Button showInFolder = new Button(I18n.tr("export.showInFolder"));
    private final TextField target = new TextField();
    final VBox root;

    ExportForm(ExportDialogModel model) {
        this.model = model;
        // One area for the problem, the progress and the outcome, as high as the tallest: the dialog keeps its size
        // when one replaces another, so nothing above is squeezed.
        StackPane status = new StackPane(problem(), progress(), outcome());
        status.setAlignment(Pos.CENTER_LEFT);
        status.setMinHeight(STATUS_HEIGHT);
        root = new VBox(6, section("export.section.tracks"), scope(), section("export.section.rows"), rows(),
                columnsHeader(), columns(), appearanceHint(), excel(), section("export.section.file"), file(), status);
        root.getStyleClass().add("export-form");
        root.setFillWidth(true);
    }

    private static Label section(String key) {
        Label label = new Label(I18n.tr(key));
        label.getStyleClass().addAll(Styles.TEXT_BOLD, "export-section");
        label.setPadding(new Insets(8, 0, 0, 0));
        return label;
    }

    private Node scope() {
        ToggleGroup group = new ToggleGroup();
        RadioButton filter = radio(group, model.filterLabel(), "export-scope-filter");
        RadioButton ticked = radio(group, model.tickedLabel(), "export-scope-ticked");
        ticked.setDisable(!model.tickedAvailable());
        (model.scopeProperty().get() == ExportDialogModel.Scope.TICKED ? ticked : filter).setSelected(true);
        group.selectedToggleProperty().addListener((o, was, now) -> model.scopeProperty()
                .set(now == ticked ? ExportDialogModel.Scope.TICKED : ExportDialogModel.Scope.FILTER));
        return new VBox(4, filter, ticked);
    }

    private Node rows() {
        ToggleGroup group = new ToggleGroup();
        RadioButton track = radio(group, I18n.tr("export.rows.track"), "export-rows-track");
        RadioButton entry = radio(group, I18n.tr("export.rows.entry"), "export-rows-entry");
        (model.granularityProperty().get() == ExportGranularity.ENTRY ? entry : track).setSelected(true);
        group.selectedToggleProperty().addListener((o, was, now) -> model.granularityProperty()
                .set(now == entry ? ExportGranularity.ENTRY : ExportGranularity.TRACK));
        return new VBox(4, track, entry);
    }

    private static RadioButton radio(ToggleGroup group, String text, String id) {
        RadioButton radio = new RadioButton(text);
        radio.setToggleGroup(group);
        radio.setId(id);
        return radio;
    }

    private Node columnsHeader() {
        Hyperlink all = new Hyperlink(I18n.tr("export.columns.all"));
        all.setId("export-columns-all");
        all.setOnAction(e -> model.chooseAll());
        Hyperlink none = new Hyperlink(I18n.tr("export.columns.none"));
        none.setId("export-columns-none");
        none.setOnAction(e -> model.chooseNone());
        Hyperlink leadList = new Hyperlink(I18n.tr("export.columns.leadList"));
        leadList.setId("export-columns-lead-list");
        leadList.setTooltip(new Tooltip(I18n.tr("export.columns.leadList.tip")));
        leadList.setOnAction(e -> model.chooseLeadList());
        Label title = section("export.section.columns");
        all.setPadding(new Insets(8, 0, 0, 0));
        none.setPadding(new Insets(8, 0, 0, 0));
        leadList.setPadding(new Insets(8, 0, 0, 0));
        HBox header = new HBox(8, title, all, none, leadList);
        header.setAlignment(Pos.BASELINE_LEFT);
        return header;
    }

    private Node columns() {
        GridPane grid = new GridPane();
        grid.setHgap(18);
        grid.setVgap(6);
        grid.getStyleClass().add("export-columns");
        int i = 0;
        for (ColumnChoice choice : model.columns()) {
            CheckBox box = new CheckBox(choice.label());
            box.setId("export-column-" + choice.column().name());
            box.selectedProperty().bindBidirectional(choice.chosenProperty());
            box.disableProperty().bind(choice.availableProperty().not());
            if (choice.column().perAppearance()) {
                box.setTooltip(new Tooltip(I18n.tr("export.columns.perAppearance")));
            } else {
                box.setTooltip(new Tooltip(choice.label())); // the long provenance headers are cut in the grid
            }
            grid.add(box, i % COLUMNS_PER_LINE, i / COLUMNS_PER_LINE);
            i++;
        }
        return grid;
    }

    /** Says why the week and playlist columns are greyed out in a lead list. */
    private Node appearanceHint() {
        Label hint = new Label(I18n.tr("export.columns.appearanceHint"));
        hint.setId("export-appearance-hint");
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        hint.setWrapText(true);
        hint.visibleProperty().bind(model.granularityProperty().isEqualTo(ExportGranularity.TRACK));
        hint.managedProperty().bind(hint.visibleProperty());
        return hint;
    }

    private Node excel() {
        CheckBox excel = new CheckBox(I18n.tr("export.excel"));
        excel.setId("export-excel");
        excel.setWrapText(true);
        excel.selectedProperty().bindBidirectional(model.forExcelProperty());
        VBox box = new VBox(excel);
        box.getStyleClass().add("export-excel");
        return box;
    }

    private Node file() {
        target.setId("export-target");
        target.textProperty().bindBidirectional(model.targetProperty());
        Tooltip whole = new Tooltip();
        whole.textProperty().bind(target.textProperty());
        target.setTooltip(whole);
        browse.setId("export-browse");
        HBox.setHgrow(target, Priority.ALWAYS);
        return new HBox(8, target, browse);
    }

    private Node problem() {
        Label problem = Panels.errorLine();
        problem.setId("export-problem");
        problem.textProperty().bind(model.problemProperty());
        return problem;
    }

    private Node progress() {
        ProgressBar bar = new ProgressBar();
        bar.setId("export-progress");
        bar.progressProperty().bind(model.progressProperty());
        bar.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(bar, Priority.ALWAYS);
        Label text = new Label();
        text.setId("export-progress-text");
        text.getStyleClass().add(Styles.TEXT_MUTED);
        text.textProperty().bind(model.progressTextProperty());
        stop.setId("export-stop");
        stop.setOnAction(e -> model.stop());
        HBox line = new HBox(10, bar, text, stop);
        line.setAlignment(Pos.CENTER_LEFT);
        line.visibleProperty().bind(model.runningProperty());
        line.managedProperty().bind(line.visibleProperty());
        return line;
    }

    private Node outcome() {
        Label outcome = new Label();
        outcome.setId("export-outcome");
        outcome.setWrapText(true);
        outcome.setMinHeight(Region.USE_PREF_SIZE);
        outcome.textProperty().bind(model.outcomeProperty());
        model.failedProperty().addListener((o, was, now) -> {
            outcome.getStyleClass().removeAll(Styles.DANGER, Styles.SUCCESS);
            outcome.getStyleClass().add(now ? Styles.DANGER : Styles.SUCCESS);
        });
        outcome.getStyleClass().add(Styles.SUCCESS);
        showInFolder.setId("export-show-folder");
        showInFolder.setGraphic(Icons.of(Feather.FOLDER));
        showInFolder.setMinWidth(Region.USE_PREF_SIZE);
        showInFolder.visibleProperty().bind(model.exportedProperty().isNotNull());
        showInFolder.managedProperty().bind(showInFolder.visibleProperty());
        HBox.setHgrow(outcome, Priority.ALWAYS);
        outcome.setMaxWidth(Double.MAX_VALUE);
        HBox line = new HBox(10, outcome, showInFolder);
        line.setAlignment(Pos.CENTER_LEFT);
        line.visibleProperty().bind(model.outcomeProperty().isNotEmpty());
        line.managedProperty().bind(line.visibleProperty());
        return line;
    }
}
