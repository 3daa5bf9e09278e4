package org.umbra.charts;

import io.fair_acc.chartfx.utils.WriteFxImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;

/** PNG images of nodes, written with ChartFX's PNG encoder (no AWT/Swing needed, so it works headless). */
public final class ChartImages {
    private ChartImages() {
    }

    /** Snapshots {@code node} at its current size. FX thread. */
    public static WritableImage snapshot(Node node) {
        SnapshotParameters params = new SnapshotParameters();
        return node.snapshot(params, null);
    }

    /** Writes {@code image} as PNG to {@code file} through a temporary file, so a failed write leaves no half image. */
    public static void savePng(WritableImage image, Path file) throws IOException {
        Path absolute = file.toAbsolutePath();
        if (absolute.getParent() != null) {
            Files.createDirectories(absolute.getParent());
        }
        Path tmp = absolute.resolveSibling(absolute.getFileName() + ".part");
        try {
            WriteFxImage.savePng(image, tmp.toFile());
            Files.move(tmp, absolute, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
