package com.scoutdesk.ui.drawer;

import atlantafx.base.theme.Styles;
import com.scoutdesk.service.StoredScore;
import com.scoutdesk.service.TrackDetails;
import com.scoutdesk.ui.common.Formats;
import com.scoutdesk.ui.common.I18n;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The score as the weight table made it: one line per rule with its points, then the evidence still missing. */
final class ScoreSection {

    private ScoreSection() {
    }

    static Node build(TrackDetails d) {
        if (d.score().isEmpty()) {
            return Sections.section("drawer-score-section", I18n.tr("drawer.section.score"),
                    Sections.muted(I18n.tr("drawer.noScore")));
        }
        StoredScore score = d.score().get();
        GridPane lines = Sections.grid();
        for (String line : score.evidence()) {
            String[] parts = DrawerTexts.evidence(line);
            Label sentence = Sections.wrapped(parts[0]);
            GridPane.setHgrow(sentence, Priority.ALWAYS);
            Label points = new Label(parts[1]);
            points.getStyleClass().addAll(Styles.TEXT_BOLD, parts[1].startsWith("-") || parts[1].startsWith("\u2212")
                    ? Styles.DANGER : Styles.SUCCESS);
            points.setMinWidth(Label.USE_PREF_SIZE);
            int row = lines.getRowCount();
            lines.add(sentence, 0, row);
            lines.add(points, 1, row);
        }
        lines.setId("drawer-evidence");
        VBox body = new VBox(6, Sections.small(I18n.tr("drawer.score.table", score.tableVersion(),
                Formats.dateTime(score.computedAt()))), lines);
        if (!score.missing().isEmpty()) {
            VBox missing = new VBox(2);
            missing.setId("drawer-missing");
            missing.getChildren().add(Sections.muted(I18n.tr("drawer.score.missing")));
            score.missing().forEach(m -> missing.getChildren().add(Sections.wrapped("\u2022 " + m)));
            body.getChildren().add(missing);
        }
        return Sections.section("drawer-score-section", I18n.tr("drawer.section.score"), body);
    }
}
