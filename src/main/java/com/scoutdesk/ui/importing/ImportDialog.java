package com.scoutdesk.ui.importing;

import com.scoutdesk.concurrent.TaskExecutor;
import com.scoutdesk.service.Services;
import com.scoutdesk.ui.MainWindow;
import com.scoutdesk.ui.common.I18n;
import java.io.File;
import java.util.Objects;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * "Import tracks…": pasted Spotify track links or a CSV file, for a tracked playlist or a new one. Check shows, before
 * anything is written, how many rows are good and every bad line by number; "Import N tracks" writes the good rows in
 * the background. Close or Esc leaves the workspace as it was unless the scout confirmed.
 *
 * <pre>{@code
 * ImportDialog.open(stage, services, executor, () -> refreshPages());
 * }</pre>
 */
public final class ImportDialog extends Dialog<Void> {

    static final ButtonType IMPORT = new ButtonType(I18n.tr("import.confirm.none"), ButtonBar.ButtonData.OK_DONE);
    static final ButtonType CLOSE = new ButtonType(I18n.tr("import.close"), ButtonBar.ButtonData.CANCEL_CLOSE);

    private final ImportViewModel model;

    /** A dialog over a model built elsewhere (tests). */
    public ImportDialog(Window owner, ImportViewModel model) {
        this.model = Objects.requireNonNull(model);
        if (owner != null) {
            initOwner(owner);
        }
        setTitle(I18n.tr("import.title"));
        setResizable(true);
        ImportForm form = new ImportForm(model);
        DialogPane pane = getDialogPane();
        pane.setHeaderText(I18n.tr("import.header"));
        pane.setContent(form.root);
        pane.getButtonTypes().setAll(IMPORT, CLOSE);
        pane.getStyleClass().add("import-dialog");
        pane.getStylesheets().add(Objects.requireNonNull(ImportDialog.class.getResource(MainWindow.STYLESHEET))
                .toExternalForm());
        pane.setPrefWidth(760);
        pane.setMinWidth(640);
        pane.setPrefHeight(700);
        Button confirm = (Button) pane.lookupButton(IMPORT);
        confirm.setId("import-confirm");
        confirm.textProperty().bind(model.importLabelProperty());
        confirm.disableProperty().bind(model.canImportProperty().not());
        confirm.setDefaultButton(true);
        // the label grows from "Import" to "Import 1,032 tracks" after the check: never cut it
        ButtonBar.setButtonUniformSize(confirm, false);
        confirm.setMinWidth(Region.USE_PREF_SIZE);
        // The dialog stays open while the import runs and afterwards, to say what it did.
        confirm.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            model.importGoodRows();
        });
        pane.lookupButton(CLOSE).setId("import-close");
        form.check.setOnAction(e -> model.check());
        form.chooseFile.setOnAction(e -> chooseFile());
        setOnCloseRequest(e -> model.close());
        setResultConverter(button -> null);
    }

    /**
     * Opens the dialog (not modal to the code: it returns at once) over the workspace's services.
     *
     * @param onImported told on the FX thread once tracks were written, so the pages can read the workspace again
     */
    public static ImportDialog open(Window owner, Services services, TaskExecutor executor, Runnable onImported) {
        ImportDialog dialog = new ImportDialog(owner, new ImportViewModel(services.playlists(),
                services.workspace(), executor, Platform::runLater, onImported));
        dialog.show();
        return dialog;
    }

    /** The state behind the dialog. */
    public ImportViewModel model() {
        return model;
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(I18n.tr("import.file.title"));
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(I18n.tr("import.file.filter"),
                "*.csv", "*.txt"), new FileChooser.ExtensionFilter(I18n.tr("import.file.all"), "*.*"));
        File chosen = chooser.showOpenDialog(getDialogPane().getScene().getWindow());
        if (chosen != null) {
            model.fileProperty().set(chosen.toPath());
        }
    }
}
