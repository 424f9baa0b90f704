package com.scoutdesk.ui.triage;

import com.scoutdesk.ui.common.I18n;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;

/** Asks which tags to add to the chosen tracks: a comma-separated line, with the count of tracks it applies to. */
final class TagDialog {

    private TagDialog() {
    }

    /** The tags typed, trimmed and without blanks; empty when the scout cancelled or typed none. */
    static Optional<List<String>> ask(Window owner, int trackCount) {
        TextInputDialog dialog = new TextInputDialog();
        dialog.initOwner(owner);
        dialog.setTitle(I18n.tr("triage.tag.title"));
        dialog.setHeaderText(I18n.tr("triage.tag.header", trackCount));
        dialog.setContentText(I18n.tr("triage.tag.label"));
        dialog.getEditor().setId("tag-input");
        dialog.getEditor().setPromptText(I18n.tr("triage.tag.prompt"));
        return dialog.showAndWait().map(TagDialog::parse).filter(tags -> !tags.isEmpty());
    }

    static List<String> parse(String typed) {
        return Arrays.stream(typed.split(",")).map(String::strip).filter(t -> !t.isEmpty()).distinct().toList();
    }
}
