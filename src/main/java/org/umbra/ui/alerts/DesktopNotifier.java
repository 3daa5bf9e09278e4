package org.umbra.ui.alerts;

import java.awt.GraphicsEnvironment;
import java.awt.Image;
import java.awt.SystemTray;
import java.awt.TrayIcon;
import java.io.InputStream;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javax.imageio.ImageIO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Desktop notifications through the system tray ({@link TrayIcon#displayMessage}) where the desktop has one; AWT is
 * touched only on this class's own thread (never the FX thread) and never when headless. Where there is no tray, each
 * notification goes to {@code fallback} (the status bar). Never a dialog.
 */
public final class DesktopNotifier implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DesktopNotifier.class);
    private final ExecutorService awt = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "tray");
        t.setDaemon(true);
        return t;
    });
    private final Consumer<String> fallback;
    /** Set on the tray thread once the icon is in the tray; until then, and where there is none, the fallback shows. */
    private volatile TrayIcon icon;

    /** @param fallback shows a notification where there is no tray; called on the caller's thread of {@link #notify} */
    public DesktopNotifier(Consumer<String> fallback, Runnable onClick) {
        this.fallback = fallback;
        awt.execute(() -> {
            try {
                if (!GraphicsEnvironment.isHeadless() && SystemTray.isSupported()) {
                    TrayIcon t = new TrayIcon(image(), "Umbra");
                    t.setImageAutoSize(true);
                    t.addActionListener(e -> onClick.run());
                    SystemTray.getSystemTray().add(t);
                    icon = t;
                }
            } catch (Exception | LinkageError e) {
                LOG.info("No tray icon for alerts ({}); they show in the status bar", e.toString());
            }
        });
    }

    /** Any thread. */
    public void notify(String title, String message) {
        TrayIcon tray = icon;
        if (tray != null) {
            awt.execute(() -> tray.displayMessage(title, message, TrayIcon.MessageType.WARNING));
        } else {
            fallback.accept(title + ": " + message);
        }
    }

    private static Image image() throws java.io.IOException {
        try (InputStream in = DesktopNotifier.class.getResourceAsStream("/org/umbra/icons/umbra-256.png")) {
            if (in == null) {
                throw new java.io.IOException("icon missing");
            }
            return ImageIO.read(in);
        }
    }

    @Override
    public void close() {
        awt.execute(() -> {
            if (icon != null) {
                SystemTray.getSystemTray().remove(icon);
            }
        });
        awt.shutdown();
    }
}
