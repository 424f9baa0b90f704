package com.scoutdesk.ui.dashboard;

import javafx.scene.Node;

/**
 * Makes the album-art thumbnail of a row. Kept an interface so that an implementation with a disk cache in the
 * workspace (loaded off the FX thread, shown offline) can replace {@link PlaceholderArt} without touching the table.
 * Called on the FX thread when a cell is drawn, so it must not wait for the network or the disk.
 */
public interface ArtThumbnails {

    /**
     * A node {@code size} pixels square for the art at {@code imageUrl}; a placeholder while it is not there.
     *
     * @param imageUrl the art's address; null when the track has none yet
     */
    Node thumbnail(String imageUrl, double size);
}
