package com.scoutdesk.ui.common;

import java.util.List;
import javafx.scene.Node;

/**
 * Sets one style class out of a family on a node that is recycled (a table cell, a card). Every change to a node's
 * style classes makes JavaFX match the node and its children against the stylesheets again, so a cell that
 * re-pointed at a row of the same band must leave its classes alone: a filter change re-pointed some 400 nodes of
 * the table, and re-matching them was most of the FX thread's time in it (README "UI benchmark").
 */
public final class StyleClasses {

    private StyleClasses() {
    }

    /**
     * Leaves {@code node} with {@code wanted} and no other class of {@code family}; touches its classes only when they
     * are not so already.
     *
     * @param wanted one of {@code family}, or {@code null} for none of them
     */
    public static void choose(Node node, String wanted, List<String> family) {
        List<String> classes = node.getStyleClass();
        boolean right = wanted == null || classes.contains(wanted);
        for (String other : family) {
            if (!other.equals(wanted) && classes.contains(other)) {
                right = false;
                break;
            }
        }
        if (right) {
            return;
        }
        classes.removeAll(family);
        if (wanted != null) {
            classes.add(wanted);
        }
    }
}
