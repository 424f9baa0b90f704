package com.scoutdesk.ui.export;

import com.scoutdesk.concurrent.TaskExecutor;
import com.scoutdesk.service.ExportService;
import com.scoutdesk.service.TrackFilter;
import com.scoutdesk.ui.common.I18n;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The export dialog (Ctrl+E): the current filter or the ticked tracks to a CSV file, in the background, with
 * progress; it stays open afterwards to say where the file went and to show it. Enter exports, Esc closes (and stops
 * an export still running: it ends without a file).
 */
public final class ExportDialog extends Dialog<Void> {

    /** The window's stylesheet, for the few rules the theme does not cover. */
    static final String STYLESHEET = "/com/scoutdesk/ui/app.css";
    static final ButtonType EXPORT = new ButtonType(I18n.tr("export.button.export"), ButtonBar.ButtonData.OK_DONE);
    static final ButtonType CLOSE = new ButtonType(I18n.tr("export.button.close"),
            ButtonBar.ButtonData.CANCEL_CLOSE);

    private final ExportDialogModel model;
    private final Consumer<String> openUrl;

    /**
     * @param owner       the window the dialog belongs to (null: none)
     * @param filter      the dashboard's current filter
     * @param filterCount how many tracks it matches
     * @param tickedIds   the ticked rows' track ids (may be empty)
     * @param openUrl     opens a file: URL in the system's file manager ("Show in folder")
     */
    public ExportDialog(Window owner, ExportService service, TaskExecutor executor, TrackFilter filter,
                        long filterCount, Collection<Long> tickedIds, ExportChoices choices,
                        Consumer<String> openUrl) {
        this(owner, new ExportDialogModel(service, executor, Platform::runLater, choices, filter, filterCount,
                tickedIds, LocalDate.now(), Path.of(System.getProperty("user.home"))), openUrl);
    }

    /** A dialog over a model built elsewhere (tests: a fixed date and folder). */
    public ExportDialog(Window owner, ExportDialogModel model, Consumer<String> openUrl) {
        this.model = model;
        this.openUrl = openUrl;
        if (owner != null) {
            initOwner(owner);
        }
        setTitle(I18n.tr("export.title"));
        setResizable(true);
        ExportForm form = new ExportForm(model);
        DialogPane pane = getDialogPane();
        pane.setHeaderText(I18n.tr("export.header"));
        pane.setContent(form.root);
        pane.getButtonTypes().setAll(EXPORT, CLOSE);
        pane.getStyleClass().add("export-dialog");
        pane.getStylesheets().add(Objects.requireNonNull(ExportDialog.class.getResource(STYLESHEET))
                .toExternalForm());
        pane.setPrefWidth(680);
        Button export = (Button) pane.lookupButton(EXPORT);
        export.setId("export-button");
        export.setDefaultButton(true);
        export.disableProperty().bind(model.canExportProperty().not());
        // The dialog stays open while the export runs and afterwards, to say where the file went.
        export.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            model.export();
        });
        pane.lookupButton(CLOSE).setId("export-close");
        form.browse.setOnAction(e -> browse());
        form.showInFolder.setOnAction(e -> showInFolder());
        setOnCloseRequest(e -> model.stop());
        setResultConverter(button -> null);
    }

    /** The state behind the dialog. */
    public ExportDialogModel model() {
        return model;
    }

    private void browse() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(I18n.tr("export.browse.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(I18n.tr("export.browse.filter"), "*.csv"));
        Path current = model.target();
        if (current != null) {
            if (current.getParent() != null && Files.isDirectory(current.getParent())) {
                chooser.setInitialDirectory(current.getParent().toFile());
            }
            chooser.setInitialFileName(current.getFileName().toString());
        }
        File chosen = chooser.showSaveDialog(getDialogPane().getScene().getWindow());
        if (chosen != null) {
            model.targetProperty().set(chosen.getAbsolutePath());
        }
    }

    private void showInFolder() {
        Path file = model.exportedProperty().get();
        if (file != null && file.getParent() != null) {
            openUrl.accept(file.getParent().toUri().toString());
        }
    }
}
