package com.scoutdesk.ui.leadlists;

import atlantafx.base.theme.Styles;
import com.scoutdesk.service.LeadListChange;
import com.scoutdesk.service.LeadListPreview;
import com.scoutdesk.service.LeadListProblem;
import com.scoutdesk.ui.common.I18n;
import java.util.List;
import java.util.Objects;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * "Import edited lead list…": the preview of an edited lead list (the changes per row, the conflicts with changes
 * made in ScoutDesk since the export, the bad rows by line, the columns not read) and Apply, which writes the
 * changes in one transaction. Closing without Apply leaves the workspace as it was.
 */
public final class LeadListImportDialog extends Dialog<Void> {

    private final LeadListImportViewModel model;
    private final ButtonType applyType = new ButtonType(I18n.tr("leadImport.apply", 0), ButtonBar.ButtonData.OK_DONE);
    private final VBox body = new VBox(6);

    public LeadListImportDialog(Window owner, LeadListImportViewModel model) {
        this.model = Objects.requireNonNull(model);
        if (owner != null) {
            initOwner(owner);
        }
        setTitle(I18n.tr("leadImport.title"));
        setResizable(true);
        ButtonType close = new ButtonType(I18n.tr("leadImport.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(applyType, close);
        getDialogPane().setId("lead-import-dialog");
        getDialogPane().setPrefWidth(800);
        Label status = new Label();
        status.setId("lead-import-status");
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        status.getStyleClass().add(Styles.TEXT_BOLD);
        status.textProperty().bind(model.statusProperty());
        Label error = new Label();
        error.setId("lead-import-error");
        error.setWrapText(true);
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(model.errorProperty());
        body.setPadding(new Insets(8));
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.setPrefSize(760, 460);
        getDialogPane().setContent(new VBox(8, status, error, scroll));

        Button apply = (Button) getDialogPane().lookupButton(applyType);
        apply.setId("lead-import-apply");
        apply.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume(); // the dialog stays open to show what was applied
            model.apply();
        });
        Runnable refresh = () -> {
            apply.setDisable(!model.canApply());
            LeadListPreview p = model.previewProperty().get();
            apply.setText(I18n.tr("leadImport.apply", p == null ? 0 : p.changes().size()));
        };
        model.previewProperty().addListener((o, a, p) -> {
            show(p);
            refresh.run();
        });
        model.busyProperty().addListener((o, a, b) -> refresh.run());
        model.appliedProperty().addListener((o, a, b) -> refresh.run());
        refresh.run();
    }

    private void show(LeadListPreview p) {
        body.getChildren().clear();
        if (p == null) {
            return;
        }
        if (!p.changes().isEmpty()) {
            body.getChildren().add(heading(I18n.tr("leadImport.changes"), null));
            for (LeadListChange c : p.changes()) {
                StringBuilder text = new StringBuilder(I18n.tr("leadImport.line", c.line()) + "  " + c.trackName());
                c.fields().forEach(f -> text.append("\n    ").append(f.name()).append(": \u201c").append(f.before())
                        .append("\u201d \u2192 \u201c").append(f.after()).append('\u201d'));
                body.getChildren().add(line(text.toString(), "lead-import-change"));
            }
        }
        problems(I18n.tr("leadImport.conflicts"), p.conflicts(), Styles.WARNING, "lead-import-conflict");
        problems(I18n.tr("leadImport.bad"), p.badRows(), Styles.DANGER, "lead-import-bad");
        if (!p.ignoredColumns().isEmpty()) {
            Label ignored = line(I18n.tr("leadImport.ignored", String.join(", ", p.ignoredColumns())),
                    "lead-import-ignored");
            ignored.getStyleClass().add(Styles.TEXT_MUTED);
            body.getChildren().add(ignored);
        }
        if (!p.hasChanges()) {
            body.getChildren().add(line(I18n.tr("leadImport.nothing"), "lead-import-nothing"));
        }
    }

    private void problems(String title, List<LeadListProblem> problems, String style, String styleClass) {
        if (problems.isEmpty()) {
            return;
        }
        body.getChildren().add(heading(title, style));
        for (LeadListProblem p : problems) {
            body.getChildren().add(line(I18n.tr("leadImport.line", p.line()) + "  " + p.message(), styleClass));
        }
    }

    private static Node heading(String text, String style) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.TITLE_4);
        if (style != null) {
            l.getStyleClass().add(style);
        }
        return l;
    }

    private static Label line(String text, String styleClass) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add(styleClass);
        return l;
    }
}
