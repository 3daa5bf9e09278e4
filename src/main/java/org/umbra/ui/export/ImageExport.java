package org.umbra.ui.export;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.umbra.charts.ChartImages;
import org.umbra.export.FileNames;
import org.umbra.ui.chartview.ChartScreen;

/**
 * The window's chart images: Export chart image (a dialog: target, size, scale, theme, title; then Save… or Copy) and
 * Copy chart image (the whole view with the options used last, no dialog). Each outcome is told in the status bar.
 * FX thread.
 */
public final class ImageExport {
    static final ButtonType SAVE = new ButtonType("Save…", ButtonBar.ButtonData.OK_DONE);
    static final ButtonType COPY = new ButtonType("Copy", ButtonBar.ButtonData.APPLY);

    private final Supplier<Node> shownView;
    private final Supplier<String> shownId;
    private final Supplier<Window> owner;
    private final Supplier<ZoneId> zone;
    private final Clock clock;
    private final Consumer<String> status;
    private final ChartImageRenderer renderer;
    private ImageOptions last;

    /**
     * @param shownView the view shown in the window now
     * @param shownId   its id ("markets"), for the suggested file name
     * @param theme     the window's theme, the images' theme until the user picks another
     */
    public ImageExport(Supplier<Node> shownView, Supplier<String> shownId, Supplier<Window> owner, Supplier<ZoneId> zone,
            Supplier<String> theme, Clock clock, Consumer<String> status, String version) {
        this.shownView = shownView;
        this.shownId = shownId;
        this.owner = owner;
        this.zone = zone;
        this.clock = clock;
        this.status = status;
        this.renderer = new ChartImageRenderer(version);
        this.last = new ImageOptions(1600, 900, 1, ImageOptions.THEMES.contains(theme.get()) ? theme.get() : "dark", "");
    }

    /** The image of {@code view}, or null when the view is neither a chart screen nor the Ledgers view. */
    ImageContent contentOf(Node view, String paneId) {
        ChartScreen screen = ChartScreen.find(view).orElse(null);
        if (screen != null) {
            return new ChartScreenContent(screen, paneId);
        }
        if (view != null && LedgersContent.VIEW_ID.equals(view.getId())) {
            return new LedgersContent(view, zone.get(), clock.instant());
        }
        return null;
    }

    /** Ctrl+E: the dialog for the shown view. */
    public void openDialog() {
        Node view = shownView.get();
        ImageContent whole = contentOf(view, null);
        if (whole == null) {
            status.accept("This view has no chart image: open Markets, Compare, Venues, Risk or Ledgers");
            return;
        }
        ChartScreen screen = ChartScreen.find(view).orElse(null);
        ImageExportForm form = new ImageExportForm(screen == null ? List.of() : ChartScreenContent.panes(screen),
                last.withTitle(""), whole.defaultTitle());
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle("Export chart image");
        dialog.setHeaderText("Export chart image");
        dialog.initOwner(owner.get());
        dialog.getDialogPane().setContent(form.node());
        dialog.getDialogPane().getButtonTypes().addAll(SAVE, COPY, ButtonType.CANCEL);
        for (ButtonType type : List.of(SAVE, COPY)) {
            // A wrong field keeps the dialog open, saying which field.
            ((Button) dialog.getDialogPane().lookupButton(type)).addEventFilter(ActionEvent.ACTION, e -> {
                try {
                    form.options();
                    form.problem.setText("");
                } catch (IllegalArgumentException ex) {
                    form.problem.setText(ex.getMessage());
                    e.consume();
                }
            });
        }
        ButtonType chosen = dialog.showAndWait().orElse(ButtonType.CANCEL);
        if (chosen == ButtonType.CANCEL) {
            return;
        }
        ImageOptions options = form.options();
        // The typed title is kept only when it differs from the view's own, so the next view gets its own title.
        ImageOptions used = options.title().equals(whole.defaultTitle()) ? options.withTitle("") : options;
        if (chosen == COPY) {
            copy(used, form.paneId());
        } else {
            chooseFileAndSave(used, form.paneId());
        }
    }

    /** Ctrl+Shift+C: the whole shown view to the clipboard with the options used last. */
    public void copyLast() {
        copy(last, null);
    }

    private void chooseFileAndSave(ImageOptions options, String paneId) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save chart image");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG image", "*.png"));
        chooser.setInitialFileName(FileNames.suggest(".png", "umbra", shownId.get(), paneId,
                LocalDateTime.now(clock.withZone(zone.get())).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmm", Locale.ROOT))));
        java.io.File file = chooser.showSaveDialog(owner.get());
        if (file != null) {
            save(options, paneId, file.toPath());
        }
    }

    /** Saves the shown view (or its pane {@code paneId}) as a PNG at {@code file}, adding ".png" when missing. */
    public boolean save(ImageOptions options, String paneId, Path file) {
        Path target = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".png") ? file
                : file.resolveSibling(file.getFileName() + ".png");
        WritableImage image = render(options, paneId);
        if (image == null) {
            return false;
        }
        try {
            ChartImages.savePng(image, target);
            status.accept("Saved chart image to " + target + " (" + size(image) + ")");
            return true;
        } catch (IOException e) {
            status.accept("Could not save " + target + ": " + e.getMessage());
            return false;
        }
    }

    /** Puts the image of the shown view (or its pane {@code paneId}) on the clipboard. */
    public boolean copy(ImageOptions options, String paneId) {
        WritableImage image = render(options, paneId);
        if (image == null) {
            return false;
        }
        ClipboardContent content = new ClipboardContent();
        content.putImage(image);
        Clipboard.getSystemClipboard().setContent(content);
        status.accept("Copied the chart image to the clipboard (" + size(image) + ")");
        return true;
    }

    private WritableImage render(ImageOptions options, String paneId) {
        ImageContent content = contentOf(shownView.get(), paneId);
        if (content == null) {
            status.accept("This view has no chart image: open Markets, Compare, Venues, Risk or Ledgers");
            return null;
        }
        last = options;
        return renderer.render(content, options);
    }

    private static String size(WritableImage image) {
        return (int) image.getWidth() + " × " + (int) image.getHeight() + " px";
    }
}
