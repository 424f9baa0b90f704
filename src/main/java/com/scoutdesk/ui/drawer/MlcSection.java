package com.scoutdesk.ui.drawer;

import atlantafx.base.theme.Styles;
import com.scoutdesk.model.EnrichmentTier;
import com.scoutdesk.model.PublisherStatus;
import com.scoutdesk.service.FieldValue;
import com.scoutdesk.service.TierState;
import com.scoutdesk.service.TrackDetails;
import com.scoutdesk.ui.common.Formats;
import com.scoutdesk.ui.common.I18n;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * What The MLC says of the song: publisher status, publisher, share, ISWC and song code. Until tier 3 has answered
 * for the track it says "not checked yet" with the tier's state, never "unsigned".
 */
final class MlcSection {

    private static final List<String> FIELDS = List.of("publisher_status", "publisher_name", "publisher_share",
            "iswc", "mlc_song_code", "mlc_found");

    private MlcSection() {
    }

    static Node build(TrackDetails d) {
        Optional<TierState> tier = tier(d);
        VBox body = new VBox(4);
        if (!checked(d)) {
            Label none = new Label(status(d));
            none.setId("drawer-mlc-state");
            none.getStyleClass().add(Styles.TEXT_MUTED);
            body.getChildren().add(none);
        } else {
            body.getChildren().add(values(d));
            if (d.field("mlc_found").flatMap(FieldValue::knownValue).filter(Boolean.FALSE::equals).isPresent()) {
                body.getChildren().add(Sections.small(I18n.tr("drawer.mlc.notFound")));
            }
        }
        tier.ifPresent(t -> body.getChildren().add(Sections.small(t.title() + ": " + DrawerTexts.tier(t))));
        return Sections.section("drawer-mlc", I18n.tr("drawer.section.mlc"), body);
    }

    /** Whether there is anything of The MLC's to show: tier 3 answered, or a value is known (a scout's own). */
    static boolean checked(TrackDetails d) {
        boolean answered = tier(d).map(t -> t.state() == TierState.State.DONE).orElse(false);
        // a stored UNKNOWN publisher status is the column's default, not an answer
        return answered || FIELDS.stream().anyMatch(f -> d.field(f).flatMap(FieldValue::knownValue)
                .filter(v -> v != PublisherStatus.UNKNOWN).isPresent());
    }

    /** The publisher status line: "not checked yet" until tier 3 answered, never "unsigned". */
    static String status(TrackDetails d) {
        PublisherStatus status = (PublisherStatus) value(d, "publisher_status");
        if (!checked(d) || status == null || status == PublisherStatus.UNKNOWN) {
            return I18n.tr("drawer.mlc.notChecked");
        }
        return Formats.publisher(status, null);
    }

    private static Optional<TierState> tier(TrackDetails d) {
        return d.tiers().stream().filter(t -> t.tier() == EnrichmentTier.MLC_PUBLISHER.number()).findFirst();
    }

    private static GridPane values(TrackDetails d) {
        GridPane grid = Sections.grid();
        String publisher = (String) value(d, "publisher_name");
        Label statusLabel = new Label(status(d));
        statusLabel.setId("drawer-mlc-state");
        Sections.row(grid, I18n.tr("drawer.mlc.status"), statusLabel);
        Sections.row(grid, I18n.tr("drawer.mlc.publisher"), text(publisher));
        Double share = (Double) value(d, "publisher_share");
        Label shareLabel = text(share == null ? null : Formats.percent(share / 100));
        shareLabel.setId("drawer-mlc-share");
        Sections.row(grid, I18n.tr("drawer.mlc.share"), shareLabel);
        Sections.row(grid, I18n.tr("drawer.mlc.iswc"), text((String) value(d, "iswc")));
        Sections.row(grid, I18n.tr("drawer.mlc.songCode"), text((String) value(d, "mlc_song_code")));
        return grid;
    }

    private static Object value(TrackDetails d, String field) {
        return d.field(field).map(FieldValue::value).orElse(null);
    }

    private static Label text(String value) {
        return Sections.wrapped(value == null ? Formats.NONE : value);
    }
}
