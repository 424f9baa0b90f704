package com.scoutdesk.ui.tags;

import com.scoutdesk.service.TagLabel;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * A lead's tags as a row of chips, at most a few of them and "+N" for the rest, so a row or a card keeps its
 * height. Made once per cell or card and refilled as it is recycled: showing other tags repaints the chips it has.
 */
public final class TagChips extends HBox {

    private static final double WIDEST = 96;

    private final int most;
    private final List<Label> chips = new ArrayList<>();
    private final Label more = new Label();

    /** @param most how many chips are drawn before the rest are counted as "+N" */
    public TagChips(int most) {
        super(4);
        if (most < 1) {
            throw new IllegalArgumentException("most must be at least 1: " + most);
        }
        this.most = most;
        getStyleClass().add("tag-chips");
        setAlignment(Pos.CENTER_LEFT);
        more.getStyleClass().add("tag-chips-more");
        more.setMinWidth(Region.USE_PREF_SIZE);
        show(List.of());
    }

    public void show(List<TagLabel> tags) {
        int drawn = Math.min(most, tags.size());
        while (chips.size() < drawn) {
            Label chip = new Chip();
            chip.getStyleClass().add("tag-chip");
            chips.add(chip);
        }
        List<Region> children = new ArrayList<>();
        for (int i = 0; i < drawn; i++) {
            TagChip.paint(chips.get(i), tags.get(i).name(), tags.get(i).color());
            children.add(chips.get(i));
        }
        if (tags.size() > drawn) {
            more.setText("+" + (tags.size() - drawn));
            children.add(more);
        }
        if (!getChildren().equals(children)) { // putting the same chips back would style them again from scratch
            getChildren().setAll(children);
        }
        setVisible(!tags.isEmpty());
        setManaged(!tags.isEmpty());
    }

    /**
     * A chip that keeps its whole name up to {@link #WIDEST} pixels: the row's other text shortens first, and a
     * longer name ends in "…" (a chip that shrank with the row showed nothing but its outline).
     */
    private static final class Chip extends Label {

        @Override
        protected double computeMinWidth(double height) {
            return Math.min(computePrefWidth(height), WIDEST);
        }

        @Override
        protected double computeMaxWidth(double height) {
            return WIDEST;
        }
    }

    /** The tags' names, comma separated, for a tooltip that names the ones counted in "+N"; empty without tags. */
    public static String names(List<TagLabel> tags) {
        return String.join(", ", tags.stream().map(TagLabel::name).toList());
    }
}
