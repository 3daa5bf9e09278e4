package org.umbra.ui.chartview;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.umbra.charts.LineSpec;
import org.umbra.charts.PaneSpec;
import org.umbra.charts.StackedTimeCharts.LineData;
import org.umbra.export.SeriesCsv;
import org.umbra.ui.chartview.Frame.LineOrigin;

class ChartCsvTest {
    private static final PaneSpec OI = new PaneSpec("oi", "Open interest", "USD", "CME", "BTC", List.of(
            LineSpec.area("oi:binance", "Binance", "#000"), new LineSpec("oi:cme", "CME", "#111", false, true)), null, null, false);
    private static final PaneSpec FUNDING = new PaneSpec("funding", "Funding, annualised", "%", null, null, List.of(
            new LineSpec("funding:binance", "Binance", "#222", false, false), new LineSpec("funding:bybit", "Bybit", "#333", false, false)),
            null, null, true);

    @Test
    void visibleLinesInPaneOrderWithTheirOwnValuesUnitsAndOriginsAndNoBreaks() {
        // Times in epoch seconds as the chart holds them: 100, 200, 300, 400 s. The OI band draws a running sum (500)
        // but reads its own 100 and 110; Bybit has a break (NaN) at 300 s and a point at 400 s, past the range end
        // of 350,000 ms; the hidden Binance funding line is left out whatever it holds.
        Frame frame = new Frame(0, 1_000_000, Map.of(
                "oi:binance", new LineData(new double[] {100, 300}, new double[] {500, 500}),
                "oi:cme", new LineData(new double[] {200}, new double[] {9000}),
                "funding:binance", new LineData(new double[] {100}, new double[] {10.95}),
                "funding:bybit", new LineData(new double[] {100, 200, 300, 400}, new double[] {5, 6, Double.NaN, 7})),
                Map.of("oi:binance", new LineOrigin("BTCUSDT", 0, 0), "oi:cme", LineOrigin.undated("CFTC report"),
                        "funding:bybit", new LineOrigin("BTCUSDT, every 8 h", 0, 0)),
                Map.of("oi:binance", new LineData(new double[] {100, 300}, new double[] {100, 110})));
        List<SeriesCsv.Column> columns = ChartCsv.columns(List.of(OI, FUNDING), "funding:binance"::equals, frame, 50_000, 350_000);
        assertEquals(List.of("Open interest: Binance [USD] (BTCUSDT)", "Open interest: CME [BTC] (CFTC report)",
                "Funding, annualised: Bybit [%] (BTCUSDT, every 8 h)"), columns.stream().map(SeriesCsv.Column::header).toList());
        assertArrayEquals(new long[] {100_000, 300_000}, columns.get(0).timestamps());
        assertArrayEquals(new double[] {100, 110}, columns.get(0).values());
        assertArrayEquals(new long[] {100_000, 200_000}, columns.get(2).timestamps());
        assertArrayEquals(new double[] {5, 6}, columns.get(2).values());
    }

    @Test
    void aLineWithNoPointsInTheRangeGivesNoColumn() {
        Frame frame = new Frame(0, 1, Map.of("funding:binance", new LineData(new double[] {100}, new double[] {1}),
                "funding:bybit", LineData.EMPTY), Map.of());
        List<SeriesCsv.Column> columns = ChartCsv.columns(List.of(FUNDING), k -> false, frame, 0, 99_999);
        assertEquals(List.of(), columns);
    }
}
