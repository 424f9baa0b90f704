package com.scoutdesk.ui;

import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import com.scoutdesk.ui.common.I18n;
import com.scoutdesk.ui.common.Icons;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.feather.Feather;

/**
 * The banner across the top of the window that says what opening the workspace had to do: a damaged file kept and
 * rebuilt, or an update undone. It stays until the scout dismisses it; an ordinary open shows nothing.
 */
final class OpeningNotice {

    private OpeningNotice() {
    }

    static Node create(MainViewModel model) {
        Message message = new Message(I18n.tr("notice.opening.title"), "", Icons.of(Feather.ALERT_TRIANGLE, 20));
        message.getStyleClass().add(Styles.WARNING);
        message.setId("openingNotice");
        message.descriptionProperty().bind(model.openingNoticeProperty());
        message.setOnClose(e -> model.dismissOpeningNotice());
        StackPane host = new StackPane(message);
        host.getStyleClass().add("opening-notice");
        message.visibleProperty().bind(model.openingNoticeProperty().isNotEmpty());
        host.visibleProperty().bind(message.visibleProperty());
        host.managedProperty().bind(host.visibleProperty());
        return host;
    }
}
