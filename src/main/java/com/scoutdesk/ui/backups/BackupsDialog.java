package com.scoutdesk.ui.backups;

import atlantafx.base.theme.Styles;
import com.scoutdesk.service.backup.BackupInfo;
import com.scoutdesk.ui.common.Formats;
import com.scoutdesk.ui.common.I18n;
import com.scoutdesk.ui.common.Icons;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;

/**
 * The workspace's backups (Settings > Backups…): when each was taken and why, its size, "Back up now" and the folder
 * they are in. ScoutDesk takes one a day and one before every update by itself; this is where the scout sees that.
 */
public final class BackupsDialog extends Dialog<Void> {

    static final String STYLESHEET = "/com/scoutdesk/ui/app.css";

    private final BackupsViewModel model;

    /** @param openUrl opens the backups folder in the file manager */
    public BackupsDialog(Window owner, BackupsViewModel model, Consumer<String> openUrl) {
        this.model = Objects.requireNonNull(model);
        if (owner != null) {
            initOwner(owner);
        }
        setTitle(I18n.tr("backups.title"));
        setResizable(true);
        DialogPane pane = getDialogPane();
        pane.setHeaderText(I18n.tr("backups.header"));
        pane.getStylesheets().add(Objects.requireNonNull(BackupsDialog.class.getResource(STYLESHEET))
                .toExternalForm());
        pane.setContent(content(openUrl));
        pane.getButtonTypes().setAll(new ButtonType(I18n.tr("backups.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        pane.setPrefSize(640, 440);
        setResultConverter(button -> null);
        model.reload();
    }

    public BackupsViewModel model() {
        return model;
    }

    private VBox content(Consumer<String> openUrl) {
        TableView<BackupInfo> table = new TableView<>(model.rows());
        table.setId("backup-table");
        table.setPlaceholder(new Label(I18n.tr("backups.none")));
        table.getColumns().setAll(List.of(
                column("backups.column.taken", b -> Formats.dateTime(b.taken()), 150),
                column("backups.column.reason", b -> BackupLabels.reason(b.reason()), 250),
                column("backups.column.size", b -> BackupLabels.size(b.bytes()), 90)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(table, Priority.ALWAYS);

        Button now = new Button(I18n.tr("backups.now"), Icons.of(Feather.SAVE));
        now.setId("backup-now");
        now.setDisable(!model.canBackUp());
        if (model.canBackUp()) {
            now.disableProperty().bind(model.busyProperty());
        }
        now.setOnAction(e -> model.backUpNow());
        Button folder = new Button(I18n.tr("backups.folder"), Icons.of(Feather.FOLDER));
        folder.setId("backup-folder");
        folder.getStyleClass().add(Styles.FLAT);
        folder.setOnAction(e -> openUrl.accept(model.folderUrl()));
        HBox actions = new HBox(8, now, folder);

        Label message = new Label();
        message.setId("backup-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        model.errorProperty().addListener((obs, was, failed) -> danger(message, failed));
        danger(message, model.errorProperty().get());
        Label about = new Label(I18n.tr("backups.about"));
        about.setWrapText(true);
        about.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        // The table gives up height first: the two texts wrap in full, never end in "…".
        message.setMinHeight(Region.USE_PREF_SIZE);
        about.setMinHeight(Region.USE_PREF_SIZE);
        return new VBox(10, actions, table, message, about);
    }

    private static void danger(Label label, boolean on) {
        if (on) {
            label.getStyleClass().add(Styles.DANGER);
        } else {
            label.getStyleClass().remove(Styles.DANGER);
        }
    }

    private static TableColumn<BackupInfo, String> column(String key, Function<BackupInfo, String> text,
                                                          double width) {
        TableColumn<BackupInfo, String> column = new TableColumn<>(I18n.tr(key));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }
}
