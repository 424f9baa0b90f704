package com.scoutdesk.ui.dashboard;

import com.scoutdesk.ui.common.Icons;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.feather.Feather;

/** Album art before there is a cache of it: a music note in a rounded tile, the same for every track. */
public final class PlaceholderArt implements ArtThumbnails {

    @Override
    public Node thumbnail(String imageUrl, double size) {
        StackPane tile = new StackPane(Icons.of(Feather.MUSIC, (int) Math.round(size * 0.45)));
        tile.getStyleClass().add("art-placeholder");
        tile.setMinSize(size, size);
        tile.setPrefSize(size, size);
        tile.setMaxSize(size, size);
        return tile;
    }
}
