package org.umbra.ui.export;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import javafx.scene.layout.VBox;
import javafx.scene.transform.Scale;
import org.umbra.ui.shell.Theme;

/**
 * Makes the chart image of the window's Export and of {@code umbra snapshot} alike: the content laid out off-screen at
 * width × height logical pixels under a title, its time range with the zone and the panes' units, over a footer with
 * the sources and the data's age; then snapshot at the scale asked, so a 2× image is the same layout with twice the
 * pixels each way. The scene has no window, so an image larger than the screen works headless too. FX thread.
 */
public final class ChartImageRenderer {
    /** Ids of the printed lines, for tests and for anyone styling the image. */
    public static final String TITLE_ID = "image-title";
    public static final String RANGE_ID = "image-range";
    public static final String UNITS_ID = "image-units";
    public static final String FOOTER_ID = "image-footer";

    private final String version;

    /** @param version the Umbra version the footer names */
    public ChartImageRenderer(String version) {
        this.version = version;
    }

    /** The image of {@code content} with {@code options}; the content is back where it was shown when this returns. */
    public WritableImage render(ImageContent content, ImageOptions options) {
        return render(content, options, root -> { });
    }

    /**
     * As {@link #render(ImageContent, ImageOptions)}, showing the composed image's root to {@code inspect} just before
     * the snapshot (tests read the printed lines there).
     */
    WritableImage render(ImageContent content, ImageOptions options, java.util.function.Consumer<VBox> inspect) {
        VBox root = compose(content, options);
        Node body = content.borrow();
        // Within the image the body takes what the header and footer leave, and shows nothing outside it.
        Rectangle clip = new Rectangle();
        double minHeight = body instanceof Region r ? r.getMinHeight() : 0;
        // A pane lent from the window's stack grows there too: it goes back with the constraint it came with.
        Priority grow = VBox.getVgrow(body);
        try {
            VBox.setVgrow(body, Priority.ALWAYS);
            if (body instanceof Region region) {
                region.setMinHeight(0);
                clip.widthProperty().bind(region.widthProperty());
                clip.heightProperty().bind(region.heightProperty());
                body.setClip(clip);
            }
            root.getChildren().add(root.getChildren().size() - 1, body);
            Scene scene = new Scene(root, options.width(), options.height());
            Theme.applyToScene(options.theme(), scene);
            root.applyCss();
            root.layout();
            content.drawNow();
            inspect.accept(root);
            SnapshotParameters params = new SnapshotParameters();
            params.setTransform(new Scale(options.scale(), options.scale()));
            return root.snapshot(params, new WritableImage(options.width() * options.scale(), options.height() * options.scale()));
        } finally {
            VBox.setVgrow(body, grow);
            if (body instanceof Region region) {
                body.setClip(null);
                region.setMinHeight(minHeight);
            }
            content.giveBack();
        }
    }

    private VBox compose(ImageContent content, ImageOptions options) {
        VBox root = new VBox(4);
        root.getStyleClass().add("chart-image");
        root.setPadding(new Insets(12, 14, 10, 14));
        String title = options.title().isEmpty() ? content.defaultTitle() : options.title();
        root.getChildren().add(line(TITLE_ID, title, "image-title"));
        root.getChildren().add(line(RANGE_ID, content.rangeLine(), "muted"));
        if (!content.units().isEmpty()) {
            root.getChildren().add(line(UNITS_ID, "Units: " + String.join(" · ", content.units()), "muted"));
        }
        root.getChildren().add(line(FOOTER_ID, content.sourcesLine() + " · Umbra " + version, "muted", "image-footer"));
        return root;
    }

    private static Label line(String id, String text, String... styles) {
        Label l = new Label(text);
        l.setId(id);
        l.getStyleClass().addAll(styles);
        l.setWrapText(true);
        l.setMinHeight(Label.USE_PREF_SIZE);
        return l;
    }
}
