package org.umbra.analytics.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.umbra.analytics.TimeSeries;
import org.umbra.market.Asset;

class RiskReportTest {
    @Test
    void printsTheWorkedExample() {
        // The numbers of RiskModelTest.workedExampleOfTheDocument, rounded for print; contributions
        // are effective weight x sub-score (16.67 = 100 x 0.15 / 0.9).
        String expected = """
                Risk score BTC at 2025-06-01T00:00:00Z
                Score: 69.5 / 100 (elevated)
                Weight with data: 90 % (weights rescaled to sum to 1 over the components with data)

                Component                                     Value Unit     Sub-score Weight   Eff. wt Contribution
                OI level (365 d percentile)                79.90 bn USD          100.0   0.15     0.167        16.67
                OI change 7 d (in coin)                        0.88 %             41.8   0.10     0.111         4.64
                OI / market value (365 d percentile)          4.021 %            100.0   0.15     0.167        16.67
                Funding, OI-weighted                          14.00 %/yr          54.8   0.15     0.167         9.13
                Funding z-score (90 d)                         1.92 z             82.1   0.10     0.111         9.12
                Long/short accounts                           2.100 ratio         65.0   0.10     0.111         7.22
                Realised volatility 30 d                       33.3 %/yr          22.1   0.10     0.111         2.46
                Premium, 24 h mean                           0.0600 %             64.0   0.05     0.056         3.56

                Missing (weight shared among the others):
                  Liquidations 24 h / OI                 weight 0.10: no long liquidations recorded at or before t

                Bands: calm < 25 <= neutral < 50 <= elevated < 75 <= overheated (docs/risk-score.md)
                """;
        assertEquals(expected, RiskReport.format(RiskModel.at(WorkedExample.inputs(), WorkedExample.T)));
    }

    @Test
    void saysWhyThereIsNoScore() {
        RiskInputs in = RiskInputs.empty(Asset.ETH)
                .withLongShortRatio(new TimeSeries(new long[] {WorkedExample.T}, new double[] {1.2}));
        String text = RiskReport.format(RiskModel.at(in, WorkedExample.T + 1500));
        assertTrue(text.startsWith("""
                Risk score ETH at 2025-06-01T00:00:01.500Z
                Score: undefined (only 10 % of the weight has data (needs 50 %))
                Weight with data: 10 %
                """), text);
        assertTrue(text.contains("\nMissing:\n  OI level (365 d percentile)            weight 0.15: no aggregate OI at or before t\n"), text);
    }
}
