package org.umbra.market;

import java.util.List;

/** A venue (or data set) Umbra reads, with a stable short id such as {@code binance-futures}. */
public interface MarketSource {
    String id();

    String displayName();

    List<Feed> feeds();
}
