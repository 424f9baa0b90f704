package com.scoutdesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.scoutdesk.ui.FxWindowTest;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import javafx.util.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** A tooltip made only when the pointer first rests on its node, on a shown stage driven by the robot. */
class LazyTooltipTest extends FxWindowTest {

    private Label left;
    private Label right;
    private LazyTooltip tip;

    private void show() {
        interact(() -> {
            left = new Label("left: a name cut short");
            right = new Label("right: no tooltip");
            left.setPrefSize(300, 100);
            right.setPrefSize(300, 100);
            tip = LazyTooltip.on(left, Duration.millis(100));
            HBox box = new HBox(left, right);
            box.setAlignment(Pos.CENTER);
            stage.setScene(new Scene(box, 800, 300));
        });
        // the pointer starts away from the node, and any tooltip of an earlier test is gone
        moveTo(right);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void pointerAway() throws Exception {
        moveTo(right);
        if (tip != null && tip.tooltip() != null) {
            Tooltip made = tip.tooltip();
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !made.isShowing());
        }
    }

    @Test
    void isNotMadeUntilThePointerEntersThenShowsTheLatestText() throws Exception {
        show();
        interact(() -> tip.setText("A name cut short, whole"));
        assertThat(tip.tooltip()).isNull();
        assertThat(tip.text()).isEqualTo("A name cut short, whole");

        interact(() -> tip.setText("The row the cell shows now"));
        moveTo(left).moveBy(5, 5);

        Tooltip made = tip.tooltip();
        assertThat(made).isNotNull();
        assertThat(made.getText()).isEqualTo("The row the cell shows now");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, made::isShowing);
        assertThat(Window.getWindows()).anyMatch(w -> w == made);
    }

    @Test
    void aBlankTextRemovesItAndANewTextShowsOnTheNextVisit() throws Exception {
        show();
        interact(() -> tip.setText("first"));
        moveTo(left).moveBy(5, 5);
        Tooltip made = tip.tooltip();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, made::isShowing);

        moveTo(right);
        interact(() -> tip.setText("  "));
        assertThat(tip.text()).isNull();
        moveTo(left).moveBy(5, 5);
        sleep(600);
        assertThat(made.isShowing()).isFalse();

        interact(() -> tip.setText("second"));
        moveTo(right);
        moveTo(left).moveBy(5, 5);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, made::isShowing);
        assertThat(tip.tooltip()).isSameAs(made);
        assertThat(made.getText()).isEqualTo("second");
    }
}
