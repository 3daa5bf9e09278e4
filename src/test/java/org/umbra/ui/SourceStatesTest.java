package org.umbra.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.umbra.collect.SourceStatus;
import org.umbra.collect.SourceStatus.State;

class SourceStatesTest {
    @Test
    void anEmptyChartSaysWhichSourcesAreNotLiveAndWhy() {
        SourceStates states = new SourceStates();
        assertEquals("", states.explain(), "nothing known: nothing said");
        states.update(status("binance-futures", State.OK, "", -1));
        states.update(status("bybit", State.BACKFILLING, "", 0.42));
        states.update(status("okx", State.FAILING, "HTTP 451: unavailable from a restricted location (GET /api/v5/public/open-interest)", -1));
        states.update(status("deribit", State.OFFLINE, "connect timed out", -1));
        states.setDisabled(List.of("deribit", "bitmex"));
        states.update(status("hyperliquid", State.OFFLINE, "unreachable: Failed to connect (POST /info)", -1));
        assertEquals("Now: backfilling: bybit 42 % · offline, host unreachable: hyperliquid"
                + " · failing: okx (HTTP 451: unavailable from a restricted location) · disabled in Settings: deribit, bitmex.", states.explain());
    }

    @Test
    void whenEverySourceIsDisabledTheNoteSaysSoInsteadOfNamingThemAll() {
        SourceStates states = new SourceStates();
        states.setDisabled(org.umbra.app.SourceCatalog.ids());
        assertEquals("Now: every source is disabled (Sources or Settings turns them back on).", states.explain());
    }

    private static SourceStatus status(String id, State state, String reason, double progress) {
        return new SourceStatus(id, id, state, reason, 0, 0, 0, progress, -1);
    }
}
