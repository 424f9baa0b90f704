package com.scoutdesk.ui.common;

import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.util.Duration;

/**
 * A node's tooltip text, with the {@link Tooltip} itself made the first time the pointer enters the node. A tooltip
 * is a popup window of its own: a table's cells each had one made with them, twenty per row, and building them was
 * most of the time the first rows took to appear. The text can change at any time, as a cell is reused.
 *
 * <pre>{@code
 * LazyTooltip tip = LazyTooltip.on(cell, Duration.millis(400));
 * tip.setText(row.name());   // null or blank: no tooltip
 * }</pre>
 */
public final class LazyTooltip {

    /** The widest a tooltip grows before it wraps. */
    private static final double MAX_WIDTH = 420;

    private final Node owner;
    private final Duration showDelay;
    private String text;
    private Tooltip tooltip;
    private boolean installed;

    private LazyTooltip(Node owner, Duration showDelay) {
        this.owner = Objects.requireNonNull(owner);
        this.showDelay = Objects.requireNonNull(showDelay);
        owner.addEventHandler(MouseEvent.MOUSE_ENTERED, e -> install());
    }

    /** A tooltip for {@code owner} that appears {@code showDelay} after the pointer rests on it. */
    public static LazyTooltip on(Node owner, Duration showDelay) {
        return new LazyTooltip(owner, showDelay);
    }

    /** What the tooltip says; null or blank removes it. Call on the FX thread. */
    public void setText(String text) {
        this.text = text == null || text.isBlank() ? null : text;
        if (tooltip == null) {
            return;
        }
        if (this.text == null) {
            uninstall();
        } else {
            tooltip.setText(this.text);
            if (owner.isHover()) {
                install();
            }
        }
    }

    /** What the tooltip says (whether or not it was made yet); null when there is none. */
    public String text() {
        return text;
    }

    /** The tooltip once made (the pointer entered the node with a text set), for tests; null before. */
    public Tooltip tooltip() {
        return tooltip;
    }

    private void install() {
        if (text == null || installed) {
            return;
        }
        if (tooltip == null) {
            tooltip = new Tooltip();
            tooltip.setShowDelay(showDelay);
            tooltip.setWrapText(true);
            tooltip.setMaxWidth(MAX_WIDTH);
        }
        tooltip.setText(text);
        Tooltip.install(owner, tooltip);
        installed = true;
    }

    private void uninstall() {
        if (installed) {
            Tooltip.uninstall(owner, tooltip);
            installed = false;
        }
    }
}
