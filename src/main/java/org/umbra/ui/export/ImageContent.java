package org.umbra.ui.export;

import java.util.List;
import javafx.scene.Node;

/**
 * What a chart image shows: a view (or one pane of it) lent to the renderer for the snapshot, with the words printed
 * around it. FX thread.
 */
public interface ImageContent {
    /** The title the image gets unless the user types another: the view and its asset ("Markets · BTC"). */
    String defaultTitle();

    /** The time range shown with its time zone ("1 Aug 2026 – 30 Oct 2026 · Europe/London"). */
    String rangeLine();

    /** What each pane's values are measured in ("Price (USD)"); empty when the content has no panes. */
    List<String> units();

    /** Where the drawn data comes from and how new it is ("Sources: Binance, Bybit · data to 30 Oct 2026 14:05 UTC"). */
    String sourcesLine();

    /** Takes the content's node from wherever it is shown, ready to be placed in the image. */
    Node borrow();

    /** Draws canvas content now that the node is laid out in the image's scene (charts draw outside layout). */
    void drawNow();

    /** Puts the node back where {@link #borrow} took it from, as it was. */
    void giveBack();
}
