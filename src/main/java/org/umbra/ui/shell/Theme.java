package org.umbra.ui.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.List;
import java.util.Objects;
import javafx.application.Application;
import javafx.scene.Scene;

/**
 * Dark and light looks: AtlantaFX for the controls, and Umbra's own sheet for the charts, whose
 * colours (background, grid, axis text) follow the same theme.
 */
public final class Theme {
    private static final String BASE = css("umbra.css");
    private static final String DARK = css("umbra-dark.css");
    private static final String LIGHT = css("umbra-light.css");

    private Theme() {
    }

    /** Applies {@code name} ("dark" or "light") to the whole application and to {@code scene}. */
    public static void apply(String name, Scene scene) {
        applyToControls(name);
        scene.getStylesheets().setAll(List.of(BASE, !"light".equals(name) ? DARK : LIGHT));
    }

    /**
     * Applies {@code name} to {@code scene} alone, controls included, leaving the application's theme as it is: a light
     * chart image can be made from a dark window.
     */
    public static void applyToScene(String name, Scene scene) {
        boolean dark = !"light".equals(name);
        scene.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
        scene.getStylesheets().setAll(List.of(BASE, dark ? DARK : LIGHT));
    }

    /**
     * Sets the controls' stylesheet alone. Called before the first control is built, it spares the start
     * JavaFX's own Modena sheet, which the first control otherwise loads only for AtlantaFX to replace it.
     */
    public static void applyToControls(String name) {
        boolean dark = !"light".equals(name);
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
    }

    private static String css(String file) {
        return Objects.requireNonNull(Theme.class.getResource("/org/umbra/ui/" + file), file).toExternalForm();
    }
}
