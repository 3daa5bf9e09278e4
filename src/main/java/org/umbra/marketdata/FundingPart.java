package org.umbra.marketdata;

import org.umbra.analytics.TimeSeries;

/** Settled funding rates of one line, all per the same settlement interval (a venue may change it). */
public record FundingPart(TimeSeries rates, long intervalSeconds, String source) {
}
