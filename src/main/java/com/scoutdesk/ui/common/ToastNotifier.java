package com.scoutdesk.ui.common;

import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.action.Action;
import org.controlsfx.control.Notifications;

/**
 * Shows each notice as a ControlsFX notification in the window's lower right corner: it stays 8 seconds, a failure 20,
 * long enough to reach its link.
 */
public final class ToastNotifier implements Notifier {

    static final Duration DONE_FOR = Duration.seconds(8);
    static final Duration FAILED_FOR = Duration.seconds(20);

    private final Supplier<Window> owner;
    private final BooleanSupplier dark;

    /**
     * @param owner the window the notices belong to, asked at each notice (it may not be shown yet at start)
     * @param dark  whether the window has the dark theme now, so a notice matches it
     */
    public ToastNotifier(Supplier<Window> owner, BooleanSupplier dark) {
        this.owner = owner;
        this.dark = dark;
    }

    @Override
    public void show(Notice notice) {
        Notifications toast = Notifications.create()
                .title(notice.title())
                .text(notice.text())
                .position(Pos.BOTTOM_RIGHT)
                .hideAfter(notice.failure() ? FAILED_FOR : DONE_FOR);
        if (dark.getAsBoolean()) {
            toast.darkStyle();
        }
        Window window = owner.get();
        if (window != null && window.isShowing()) {
            toast.owner(window);
        }
        if (notice.hasAction()) {
            toast.action(new Action(notice.actionLabel(), event -> notice.action().run()));
        }
        if (notice.failure()) {
            toast.showError();
        } else {
            toast.showInformation();
        }
    }
}
