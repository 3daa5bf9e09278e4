package org.umbra.ui.export;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;

/**
 * The Ledgers view as an image: the holdings as they stand at {@code asOf}, which has no time range of its own, so the
 * image names the moment and the zone instead.
 */
public final class LedgersContent implements ImageContent {
    /** The Ledgers view's node id. */
    public static final String VIEW_ID = "ledgers-view";
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);

    private final BorrowedNode borrowed;
    private final ZoneId zone;
    private final Instant asOf;

    public LedgersContent(Node view, ZoneId zone, Instant asOf) {
        this.borrowed = new BorrowedNode(view);
        this.zone = zone;
        this.asOf = asOf;
    }

    @Override
    public String defaultTitle() {
        return "Ledgers · BTC";
    }

    @Override
    public String rangeLine() {
        return "Holdings as of " + MINUTE.withZone(zone).format(asOf) + " · " + zone.getId();
    }

    @Override
    public List<String> units() {
        return List.of("amounts in BTC, and in USD at the stored BTC spot price");
    }

    @Override
    public String sourcesLine() {
        return "Sources: your ledger, stored BTC spot price · as of " + MINUTE.withZone(ZoneOffset.UTC).format(asOf) + " UTC";
    }

    @Override
    public Node borrow() {
        return borrowed.take();
    }

    @Override
    public void drawNow() {
        // Controls only: laid out with the scene, nothing drawn outside layout.
    }

    @Override
    public void giveBack() {
        borrowed.giveBack();
    }
}
