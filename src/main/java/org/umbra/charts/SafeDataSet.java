package org.umbra.charts;

import io.fair_acc.dataset.DataSet;
import io.fair_acc.dataset.spi.DoubleDataSet;

/**
 * A DoubleDataSet that ChartFX 11.3.1 can hold while empty: upstream computes NaN limits for an
 * empty set and then re-lays the chart out on every pulse forever (fixed after 11.3.1, PR 674).
 */
public final class SafeDataSet extends DoubleDataSet {
    private static final long serialVersionUID = 1L;

    public SafeDataSet(String name) {
        super(name);
    }

    @Override
    public DataSet recomputeLimits(int dimIndex) {
        return getDataCount() == 0 ? this : super.recomputeLimits(dimIndex);
    }
}
