package com.scoutdesk.ui;

import com.scoutdesk.service.TrackRow;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.PickResult;
import org.testfx.util.WaitForAsyncUtils;

/** Waiting and reading helpers for the TestFX tests; every read of the scene happens on the FX thread. */
public final class FxTestSupport {

    private FxTestSupport() {
    }

    public static <T> T onFx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Polls {@code condition} on the FX thread for up to 10 seconds; a node not there yet counts as false. The budget
     * is for a loaded machine: once, in a run of several window tests, the first opening of the lazily built drawer
     * missed 5 s.
     */
    public static void waitUntil(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> {
                try {
                    return condition.call();
                } catch (NullPointerException notThereYet) {
                    return false;
                }
            }));
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met within 10 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The text the table shows for {@code trackName} in the column titled {@code column}. */
    public static String cellText(Node root, String trackName, String column) {
        return onFx(() -> root.lookupAll(".table-cell").stream()
                .map(node -> (TableCell<?, ?>) node)
                .filter(cell -> cell.getTableRow() != null && cell.getTableRow().getItem() instanceof TrackRow
                        && ((TrackRow) cell.getTableRow().getItem()).name().equals(trackName)
                        && cell.getTableColumn().getText().equals(column))
                .map(FxTestSupport::shownText)
                .findFirst().orElseThrow(() -> new AssertionError("no cell " + trackName + "/" + column)));
    }

    /** A cell's text, or the texts of the labels its graphic shows (a badge, two lines), one per line. */
    private static String shownText(TableCell<?, ?> cell) {
        if (cell.getText() != null || cell.getGraphic() == null) {
            return cell.getText();
        }
        if (cell.getGraphic() instanceof Labeled) {
            return ((Labeled) cell.getGraphic()).getText();
        }
        return cell.getGraphic().lookupAll(".label").stream().map(n -> ((Labeled) n).getText())
                .collect(Collectors.joining("\n"));
    }

    /**
     * Asks a table row for its context menu as a right click would: headless Monocle sends the click but no menu
     * request, so the event is fired on the row's first cell.
     */
    public static void requestMenu(Node row) {
        WaitForAsyncUtils.asyncFx(() -> {
            Bounds screen = row.localToScreen(row.getLayoutBounds());
            Node picked = ((TableRow<?>) row).getChildrenUnmodifiable().get(0);
            Event.fireEvent(picked, new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                    row.getLayoutBounds().getCenterX(), row.getLayoutBounds().getCenterY(), screen.getCenterX(),
                    screen.getCenterY(), false, new PickResult(picked, screen.getCenterX(), screen.getCenterY())));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    public static TableView<TrackRow> trackTable(Node root) {
        return (TableView<TrackRow>) root.lookup("#track-table");
    }
}
