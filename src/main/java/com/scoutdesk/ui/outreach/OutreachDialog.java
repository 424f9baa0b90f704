package com.scoutdesk.ui.outreach;

import atlantafx.base.theme.Styles;
import com.scoutdesk.ui.common.I18n;
import com.scoutdesk.ui.common.Icons;
import java.util.Objects;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;

/**
 * The outreach brief of one track: the text as it is written, what wrote it, why the offline brief stands in when
 * the model failed, Copy (to the clipboard) and Stop while the model writes. Closing stops the writing too.
 */
public final class OutreachDialog extends Dialog<Void> {

    private static final String STYLESHEET = "/com/scoutdesk/ui/app.css";
    private static final ButtonType COPY = new ButtonType(I18n.tr("outreach.copy"), ButtonBar.ButtonData.LEFT);
    private static final ButtonType STOP = new ButtonType(I18n.tr("outreach.stop"), ButtonBar.ButtonData.OTHER);
    private static final ButtonType OFFLINE = new ButtonType(I18n.tr("outreach.offline"),
            ButtonBar.ButtonData.OTHER);

    private final OutreachViewModel model;

    public OutreachDialog(Window owner, String trackName, OutreachViewModel model) {
        this.model = Objects.requireNonNull(model);
        initOwner(owner);
        initModality(Modality.NONE);
        setResizable(true);
        setTitle(I18n.tr("outreach.title", trackName));
        setHeaderText(null);

        TextArea text = new TextArea();
        text.setId("outreach-text");
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(18);
        text.setPrefColumnCount(60);
        model.textProperty().addListener((obs, old, now) -> {
            text.setText(now);
            text.positionCaret(now.length()); // follow the text as it streams in
        });
        Label status = new Label();
        status.setId("outreach-status");
        status.getStyleClass().add(Styles.TEXT_MUTED);
        status.setWrapText(true);
        status.setMaxWidth(Double.MAX_VALUE);
        status.setMinHeight(Region.USE_PREF_SIZE);
        status.textProperty().bind(model.statusProperty());
        Label notice = new Label();
        notice.setId("outreach-notice");
        notice.setWrapText(true);
        notice.setMaxWidth(Double.MAX_VALUE);
        notice.setMinHeight(Region.USE_PREF_SIZE); // the whole cause, on as many lines as it takes
        notice.getStyleClass().add(Styles.WARNING);
        notice.setGraphic(Icons.of(Feather.ALERT_TRIANGLE, 14));
        notice.textProperty().bind(model.noticeProperty());
        notice.visibleProperty().bind(model.noticeProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());

        VBox body = new VBox(8, status, notice, text);
        body.setPrefWidth(620);
        getDialogPane().setContent(body);
        getDialogPane().getButtonTypes().addAll(COPY, STOP, OFFLINE, ButtonType.CLOSE);
        getDialogPane().getStylesheets().add(Objects.requireNonNull(OutreachDialog.class.getResource(STYLESHEET))
                .toExternalForm());
        Button copy = (Button) getDialogPane().lookupButton(COPY);
        copy.setId("outreach-copy");
        copy.setGraphic(Icons.of(Feather.COPY, 14));
        copy.disableProperty().bind(model.textProperty().isEmpty());
        copy.addEventFilter(ActionEvent.ACTION, e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(model.textProperty().get());
            Clipboard.getSystemClipboard().setContent(content);
            e.consume(); // copying does not close the dialog
        });
        Button stop = (Button) getDialogPane().lookupButton(STOP);
        stop.setId("outreach-stop");
        stop.visibleProperty().bind(model.writingProperty());
        stop.managedProperty().bind(stop.visibleProperty());
        stop.addEventFilter(ActionEvent.ACTION, e -> {
            model.cancel();
            e.consume();
        });
        Button offline = (Button) getDialogPane().lookupButton(OFFLINE);
        offline.setId("outreach-offline");
        offline.visibleProperty().bind(model.modelWrittenProperty());
        offline.managedProperty().bind(offline.visibleProperty());
        offline.addEventFilter(ActionEvent.ACTION, e -> {
            model.showOffline();
            e.consume();
        });
        setOnHidden(e -> model.cancel());
    }

    public OutreachViewModel model() {
        return model;
    }
}
