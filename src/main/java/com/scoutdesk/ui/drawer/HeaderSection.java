package com.scoutdesk.ui.drawer;

import atlantafx.base.theme.Styles;
import com.scoutdesk.service.StoredScore;
import com.scoutdesk.service.TrackDetails;
import com.scoutdesk.ui.common.Formats;
import com.scoutdesk.ui.common.I18n;
import com.scoutdesk.ui.common.Icons;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/** The drawer's head: album art placeholder, title, artists, the score badge and the Spotify link. */
final class HeaderSection {

    private HeaderSection() {
    }

    /** @param outreach opens the track's outreach brief; null leaves its link out */
    static Node build(TrackDetails d, Consumer<String> openUrl, BiConsumer<Long, String> outreach) {
        StackPane art = new StackPane(Icons.of(Feather.MUSIC, 28));
        art.getStyleClass().add("drawer-art");
        art.setMinSize(72, 72);
        art.setMaxSize(72, 72);

        Label title = new Label(d.name());
        title.setId("drawer-track-name");
        title.getStyleClass().add(Styles.TITLE_3);
        title.setWrapText(true);
        Label artists = new Label(d.artistNames());
        artists.setId("drawer-artists");
        artists.getStyleClass().add(Styles.TEXT_MUTED);
        artists.setWrapText(true);
        Hyperlink spotify = new Hyperlink(I18n.tr("drawer.openSpotify"), Icons.of(Feather.EXTERNAL_LINK, 12));
        spotify.setId("drawer-spotify-link");
        String url = "https://open.spotify.com/track/" + d.spotifyId();
        spotify.setOnAction(e -> openUrl.accept(url));
        VBox text = new VBox(2, title, artists, spotify);
        if (outreach != null) {
            Hyperlink brief = new Hyperlink(I18n.tr("drawer.outreach"), Icons.of(Feather.SEND, 12));
            brief.setId("drawer-outreach");
            brief.setOnAction(e -> outreach.accept(d.trackId(), d.name()));
            text.getChildren().add(brief);
        }
        HBox.setHgrow(text, Priority.ALWAYS);

        HBox head = new HBox(12, art, text, badge(d.score().map(StoredScore::score).orElse(null)));
        head.setAlignment(Pos.TOP_LEFT);
        head.setId("drawer-header");
        return head;
    }

    /** The unsigned score coloured by band: 7 and up strong, 4 to 7 worth a look, below 4 weak. */
    static Label badge(Double score) {
        Label badge = new Label(score == null ? I18n.tr("drawer.noScore") : Formats.score(score));
        badge.setId("drawer-score");
        badge.getStyleClass().add("score-badge");
        if (score == null) {
            badge.getStyleClass().add("score-none");
        } else {
            badge.getStyleClass().add(score >= 7 ? "score-high" : score >= 4 ? "score-mid" : "score-low");
        }
        badge.setMinWidth(Label.USE_PREF_SIZE);
        return badge;
    }
}
