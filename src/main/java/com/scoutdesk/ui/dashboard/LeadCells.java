package com.scoutdesk.ui.dashboard;

import com.scoutdesk.service.TrackRow;
import com.scoutdesk.ui.common.ArtThumbnails;
import com.scoutdesk.ui.common.Formats;
import com.scoutdesk.ui.common.I18n;
import com.scoutdesk.ui.common.Icons;
import com.scoutdesk.ui.common.LazyTooltip;
import com.scoutdesk.ui.common.ScoreBand;
import com.scoutdesk.ui.common.StyleClasses;
import com.scoutdesk.ui.common.Thumbnail;
import com.scoutdesk.ui.tags.TagChips;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The lead table's cells. Each column's value is the whole row; a cell builds its nodes once and re-points them at
 * whichever row it shows, so scrolling creates nothing per row. A {@code null} row is one whose window is still
 * loading: the cell shows a quiet placeholder.
 */
final class LeadCells {

    private static final List<String> WOW_DIRECTIONS = List.of("wow-up", "wow-down");

    private LeadCells() {
    }

    /** Draws a row, its loading placeholder, or nothing for the empty rows below the last track. */
    abstract static class RowCell extends TableCell<TrackRow, TrackRow> {

        private final LazyTooltip tip = LazyTooltip.on(this, Duration.millis(400));

        @Override
        protected final void updateItem(TrackRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty) {
                setText(null);
                hideGraphic();
                tip.setText(null);
            } else if (row == null) {
                loading();
                tip.setText(null);
            } else {
                show(row);
            }
        }

        void loading() {
            setText(null);
            hideGraphic();
        }

        abstract void show(TrackRow row);

        /**
         * Shows the cell's own graphic. A cell keeps its graphic while it is recycled and only hides it for an empty
         * or loading row: taking it out of the scene and putting it back made JavaFX style it again from scratch.
         */
        void showGraphic(Node graphic) {
            if (getGraphic() != graphic) {
                setGraphic(graphic);
            }
            graphic.setVisible(true);
        }

        /** Hides the graphic; the label skin leaves no room for a hidden one. */
        void hideGraphic() {
            if (getGraphic() != null) {
                getGraphic().setVisible(false);
            }
        }

        /** Sets the tooltip to the full text, so a cut-off value can always be read. */
        void tip(String text) {
            tip.setText(text);
        }
    }

    /** Plain text with its full text as tooltip. */
    static final class TextCell extends RowCell {
        private final Function<TrackRow, String> text;
        private final Function<TrackRow, String> tooltip;

        TextCell(Function<TrackRow, String> text, Function<TrackRow, String> tooltip) {
            this.text = text;
            this.tooltip = tooltip;
        }

        @Override
        void show(TrackRow row) {
            String value = text.apply(row);
            setText(value);
            tip(tooltip.apply(row));
        }
    }

    /** Track name and its first tag ("+N" for the rest) over its artists. */
    static final class TrackCell extends RowCell {
        private final Label name = new Label();
        private final TagChips tags = new TagChips(1);
        private final Label artists = new Label();
        private final HBox title = new HBox(6, name, tags);
        private final VBox lines = new VBox(1, title, artists);

        TrackCell() {
            name.getStyleClass().add("lead-track");
            name.setMinWidth(60);
            HBox.setHgrow(name, Priority.ALWAYS); // a narrow column shortens the name before the tag
            artists.getStyleClass().add("lead-artists");
            title.setAlignment(Pos.CENTER_LEFT);
            title.setMinWidth(0);
            lines.setAlignment(Pos.CENTER_LEFT);
            lines.setMinWidth(0);
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        }

        @Override
        void loading() {
            name.setText(I18n.tr("lead.loading"));
            tags.show(List.of());
            artists.setText("");
            showGraphic(lines);
        }

        @Override
        void show(TrackRow row) {
            name.setText(row.name());
            tags.show(row.tags());
            artists.setText(row.artistNames() == null ? Formats.NONE : row.artistNames());
            showGraphic(lines);
            tip(row.name() + "\n" + artists.getText()
                    + (row.tags().isEmpty() ? "" : "\n" + I18n.tr("lead.tags", TagChips.names(row.tags()))));
        }
    }

    /** The unsigned score as a badge coloured by band; "–" with "not scored yet" when unscored. */
    static final class ScoreCell extends RowCell {
        private final Label badge = new Label();

        ScoreCell() {
            badge.getStyleClass().add("score-badge");
            setAlignment(Pos.CENTER);
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        }

        @Override
        void show(TrackRow row) {
            badge.setText(Formats.score(row.unsignedScore()));
            StyleClasses.choose(badge, ScoreBand.of(row.unsignedScore()).styleClass(), ScoreBand.STYLE_CLASSES);
            showGraphic(badge);
            tip(row.unsignedScore() == null ? I18n.tr("lead.score.none") : null);
        }
    }

    /** Week-over-week growth with an arrow; "–" with "no weekly snapshot yet" when there is none. */
    static final class WowCell extends RowCell {
        private final FontIcon arrow = Icons.of(Feather.ARROW_UP_RIGHT, 13);

        WowCell() {
            setAlignment(Pos.CENTER_RIGHT);
        }

        @Override
        void show(TrackRow row) {
            Double wow = row.wowStreamsPct();
            setText(LeadFormats.wow(wow));
            if (wow == null) {
                StyleClasses.choose(this, null, WOW_DIRECTIONS);
                hideGraphic();
                tip(I18n.tr("lead.wow.none"));
                return;
            }
            boolean up = wow >= 0;
            arrow.setIconCode(up ? Feather.ARROW_UP_RIGHT : Feather.ARROW_DOWN_RIGHT);
            StyleClasses.choose(this, up ? "wow-up" : "wow-down", WOW_DIRECTIONS);
            showGraphic(arrow);
            tip(null);
        }
    }

    /** One icon per tier. */
    static final class TiersCell extends RowCell {
        private final TierIcons icons = new TierIcons();

        TiersCell() {
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        }

        @Override
        void show(TrackRow row) {
            icons.show(row.tiers());
            showGraphic(icons.node());
        }
    }

    /** When a tier last answered, relative; the exact time as tooltip. */
    static final class EnrichedCell extends RowCell {
        @Override
        void show(TrackRow row) {
            setText(LeadFormats.ago(row.lastEnrichedAt(), Instant.now()));
            tip(row.lastEnrichedAt() == null ? I18n.tr("lead.enriched.none") : Formats.dateTime(row.lastEnrichedAt()));
        }
    }

    /** The album art: one thumbnail per cell, pointed at each row's address as the cell is reused. */
    static final class ArtCell extends RowCell {
        static final double SIZE = 34;
        private final Thumbnail art;

        ArtCell(ArtThumbnails art) {
            this.art = art.thumbnail(null, SIZE);
            setAlignment(Pos.CENTER);
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        }

        @Override
        void show(TrackRow row) {
            art.show(row.imageUrl());
            showGraphic(art);
        }
    }

    /** The tick box of bulk selection; it reads the selection when drawn and when the selection changes. */
    static final class CheckCell extends RowCell {
        private final CheckBox box = new CheckBox();
        private final DashboardViewModel model;
        private final InvalidationListener tickListener = obs -> refreshTick();

        CheckCell(DashboardViewModel model) {
            this.model = model;
            setAlignment(Pos.CENTER);
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            box.getStyleClass().add("lead-check");
            box.setOnAction(e -> model.toggle(getIndex()));
            // Weak: the table may drop cells (a refresh), the selection lives as long as the window.
            model.selection().versionProperty().addListener(new WeakInvalidationListener(tickListener));
        }

        @Override
        void show(TrackRow row) {
            box.setSelected(model.selection().contains(row.id()));
            showGraphic(box);
        }

        private void refreshTick() {
            TrackRow row = isEmpty() ? null : getItem();
            if (row != null) {
                box.setSelected(model.selection().contains(row.id()));
            }
        }
    }
}
