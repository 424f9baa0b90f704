package com.scoutdesk.ui;

import static com.scoutdesk.ui.FxTestSupport.onFx;

import com.scoutdesk.ui.theme.AppTheme;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * What every TestFX test of a window or view starts from: a shown 1280 x 800 stage, numbers written the English
 * way (the assertions read "1,032"), and the light theme back once the class is done, since a theme is set for the
 * whole toolkit.
 */
@ExtendWith(ApplicationExtension.class)
public abstract class FxWindowTest extends FxRobot {

    protected Stage stage;

    @BeforeAll
    static void englishNumbers() {
        Locale.setDefault(Locale.US);
    }

    @AfterAll
    static void backToLight() {
        onFx(() -> {
            Application.setUserAgentStylesheet(AppTheme.LIGHT.userAgentStylesheet());
            return null;
        });
    }

    /** A {@code @BeforeEach}, not TestFX's {@code @Start}: TestFX looks for that on the test class only. */
    @BeforeEach
    void showStage() throws TimeoutException {
        stage = FxToolkit.registerPrimaryStage();
        interact(() -> {
            stage.setScene(new Scene(new StackPane(new Label("starting")), 1280, 800));
            stage.show();
        });
    }
}
