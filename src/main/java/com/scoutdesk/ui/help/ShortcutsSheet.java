package com.scoutdesk.ui.help;

import atlantafx.base.theme.Styles;
import com.scoutdesk.ui.common.I18n;
import java.util.Objects;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Modality;
import javafx.stage.Window;

/** Help > Keyboard shortcuts: every shortcut of the window in one sheet, by where it works. */
public final class ShortcutsSheet extends Dialog<Void> {

    private static final String STYLESHEET = "/com/scoutdesk/ui/app.css";
    private static final double ACTION_WIDTH = 420;

    public ShortcutsSheet(Window owner) {
        initOwner(owner);
        initModality(Modality.NONE);
        setTitle(I18n.tr("keys.title"));
        setHeaderText(null);
        GridPane grid = new GridPane();
        grid.setId("shortcuts-sheet");
        grid.setHgap(24);
        grid.setVgap(6);
        grid.setPadding(new Insets(4, 8, 4, 8));
        int row = 0;
        String group = null;
        for (KeyboardShortcuts.Entry entry : KeyboardShortcuts.all()) {
            if (!Objects.equals(group, entry.group())) {
                group = entry.group();
                Label heading = new Label(group);
                heading.getStyleClass().addAll(Styles.TITLE_4, "shortcuts-group");
                heading.setPadding(new Insets(row == 0 ? 0 : 10, 0, 2, 0));
                grid.add(heading, 0, row++, 2, 1);
            }
            Label keys = new Label(entry.keys());
            keys.getStyleClass().add("shortcut-keys");
            keys.setMinWidth(Region.USE_PREF_SIZE); // keys are never cut; a long action wraps instead
            Label action = new Label(entry.action());
            action.setWrapText(true);
            action.setMaxWidth(ACTION_WIDTH);
            action.setMinHeight(Region.USE_PREF_SIZE);
            grid.add(keys, 0, row);
            grid.add(action, 1, row++);
        }
        getDialogPane().setContent(grid);
        getDialogPane().setPrefWidth(760); // wide enough that most actions take one line
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        getDialogPane().getStylesheets().add(Objects.requireNonNull(ShortcutsSheet.class.getResource(STYLESHEET))
                .toExternalForm());
    }
}
