package com.scoutdesk.ui.leads;

import javafx.scene.Node;

/**
 * Makes the album-art node of a card from the art's address (null when not known yet). The window's implementation
 * loads the image off the FX thread from the workspace's disk cache and shows a placeholder until then; tests pass a
 * plain placeholder. Called each time a recycled card shows another track, so it must return at once.
 */
@FunctionalInterface
public interface CardArt {

    /** A node of {@link LeadCard#ART_SIZE} square. */
    Node create(String imageUrl);
}
