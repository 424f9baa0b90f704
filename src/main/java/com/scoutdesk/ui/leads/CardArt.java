package com.scoutdesk.ui.leads;

import com.scoutdesk.ui.common.Icons;
import javafx.scene.Node;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Makes the album-art node of a card from the art's address (null when not known yet). The window's implementation
 * loads the image off the FX thread from the workspace's disk cache and shows a placeholder until then; tests pass a
 * plain placeholder. Called each time a recycled card shows another track, so it must return at once.
 */
@FunctionalInterface
public interface CardArt {

    /** A node of {@link LeadCard#ART_SIZE} square. */
    Node create(String imageUrl);

    /** A music note on the art's background: what a card shows until the thumbnail cache is wired in. */
    static CardArt placeholder() {
        return imageUrl -> {
            FontIcon note = Icons.of(Feather.MUSIC, 22);
            note.getStyleClass().add("lead-card-art-placeholder");
            return note;
        };
    }
}
