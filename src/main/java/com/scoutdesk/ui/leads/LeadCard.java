package com.scoutdesk.ui.leads;

import atlantafx.base.theme.Styles;
import com.scoutdesk.service.TrackRow;
import com.scoutdesk.ui.common.ArtThumbnails;
import com.scoutdesk.ui.common.I18n;
import com.scoutdesk.ui.common.LazyTooltip;
import com.scoutdesk.ui.common.ScoreBand;
import com.scoutdesk.ui.common.StyleClasses;
import com.scoutdesk.ui.common.Thumbnail;
import com.scoutdesk.ui.tags.TagChips;
import java.util.List;
import java.util.Objects;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * One lead as a card: album art, the score badge coloured by band, track, artists, streams and WoW, publisher status
 * and the first tags.
 * Built once per cell and refilled as the cell is recycled ({@link #show}), so scrolling creates no nodes but the art.
 */
public final class LeadCard extends HBox {

    public static final double ART_SIZE = 56;

    private static final PseudoClass LOADING = PseudoClass.getPseudoClass("loading");

    /** The album art, kept and pointed at each row's address; null on a compact card, which has none. */
    private final Thumbnail art;
    private final Label score = new Label();
    private final Label track = new Label();
    private final Label artists = new Label();
    private final Label streams = new Label();
    private final Label wow = new Label();
    private final Label publisher = new Label();
    private final TagChips tags;
    private final LazyTooltip tooltip = LazyTooltip.on(this, Duration.seconds(1));
    private TrackRow shown;
    private boolean shownOnce;

    /** A card with its album art, for the cards grid. */
    public LeadCard(ArtThumbnails art) {
        this(art, false);
    }

    /**
     * @param compact for a kanban lane: no art and the score beside the streams, so a narrow lane still shows the
     *                whole track name
     */
    public LeadCard(ArtThumbnails art, boolean compact) {
        Objects.requireNonNull(art);
        this.art = compact ? null : art.thumbnail(null, ART_SIZE);
        this.tags = new TagChips(compact ? 1 : 2);
        getStyleClass().add("lead-card");
        setSpacing(10);
        setAlignment(Pos.TOP_LEFT);
        score.getStyleClass().add("score-badge");
        score.setMinWidth(Region.USE_PREF_SIZE);
        track.getStyleClass().addAll(Styles.TEXT_BOLD, "lead-card-track");
        artists.getStyleClass().addAll(Styles.TEXT_MUTED, "lead-card-artists");
        streams.getStyleClass().add(Styles.TEXT_SMALL);
        wow.getStyleClass().add(Styles.TEXT_SMALL);
        publisher.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED, "lead-card-publisher");
        track.setMaxWidth(Double.MAX_VALUE);
        VBox text;
        if (compact) {
            getStyleClass().add("compact");
            HBox figures = new HBox(6, score, streams);
            figures.setAlignment(Pos.CENTER_LEFT);
            // A lane is narrow: the tags share the short growth line instead of taking a line of their own.
            HBox growth = new HBox(8, wow, tags);
            growth.setAlignment(Pos.CENTER_LEFT);
            wow.setMinWidth(Region.USE_PREF_SIZE);
            text = new VBox(2, track, artists, figures, growth, publisher);
        } else {
            // The badge takes its width first and the name the rest: in an HBox a long name squeezed the badge
            // down to "..." on some cards.
            BorderPane title = new BorderPane(track, null, score, null, null);
            BorderPane.setAlignment(track, Pos.CENTER_LEFT);
            BorderPane.setMargin(score, new Insets(0, 0, 0, 6));
            text = new VBox(2, title, artists, new HBox(10, streams, wow), publisher, tags);
            this.art.getStyleClass().add("lead-card-art");
            getChildren().add(this.art);
        }
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);
        getChildren().add(text);
    }

    /** The lead shown; null while its row is loading. */
    public TrackRow row() {
        return shown;
    }

    /** The card under a click, or null: for views that open the details drawer on a double-click. */
    public static LeadCard around(Node target) {
        Node node = target;
        while (node != null && !(node instanceof LeadCard)) {
            node = node.getParent();
        }
        return (LeadCard) node;
    }

    /** Shows this lead; null shows the card of a row still loading. */
    public void show(TrackRow row) {
        if (shownOnce && Objects.equals(row, shown)) {
            return;
        }
        shownOnce = true;
        shown = row;
        pseudoClassStateChanged(LOADING, row == null);
        StyleClasses.choose(score, row == null ? null : ScoreBand.of(row.unsignedScore()).styleClass(),
                ScoreBand.STYLE_CLASSES);
        if (row == null) {
            showArt(null);
            track.setText(I18n.tr("leads.loadingCard"));
            score.setText("");
            score.setVisible(false);
            artists.setText("");
            streams.setText("");
            wow.setText("");
            publisher.setText("");
            tags.show(List.of());
            tooltip.setText(null);
            return;
        }
        showArt(row.imageUrl());
        score.setVisible(true);
        score.setText(CardFacts.score(row));
        track.setText(row.name());
        artists.setText(row.artistNames());
        streams.setText(CardFacts.streams(row));
        wow.setText(CardFacts.wow(row));
        publisher.setText(CardFacts.publisher(row));
        tags.show(row.tags());
        // Names are cut to the card's width; the tooltip has them whole, and every tag beyond the "+N".
        tooltip.setText(row.name() + "\n" + row.artistNames()
                + (row.tags().isEmpty() ? "" : "\n" + I18n.tr("lead.tags", TagChips.names(row.tags()))));
    }

    private void showArt(String imageUrl) {
        if (art != null) {
            art.show(imageUrl);
        }
    }
}
