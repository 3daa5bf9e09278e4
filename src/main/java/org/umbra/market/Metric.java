package org.umbra.market;

/**
 * What a series measures. The id is stored in the database and printed by {@code umbra series}:
 * never rename one, add a new one instead.
 */
public enum Metric {
    OPEN_INTEREST_COIN("oi_coin", "Open interest", Unit.COIN),
    OPEN_INTEREST_USD("oi_usd", "Open interest", Unit.USD),
    /** Raw open interest in the venue's contracts; coin and USD are derived with documented contract specs. */
    OPEN_INTEREST_CONTRACTS("oi_contracts", "Open interest", Unit.CONTRACTS),
    /** The rate settled at each funding time, a fraction per the series' interval. */
    FUNDING_RATE("funding_rate", "Funding rate", Unit.FRACTION),
    /** Rate the venue will charge at the next settlement, as it stands now. */
    FUNDING_RATE_PREDICTED("funding_rate_predicted", "Predicted funding rate", Unit.FRACTION),
    /** Daily mean of the settled rates (bundled history), still a fraction per the funding interval. */
    FUNDING_RATE_DAILY_MEAN("funding_rate_daily_mean", "Funding rate, daily mean", Unit.FRACTION),
    MARK_PRICE("mark_price", "Mark price", Unit.USD),
    INDEX_PRICE("index_price", "Index price", Unit.USD),
    /** (mark - index) / index. */
    PREMIUM("premium", "Premium (mark vs index)", Unit.FRACTION),
    /** The venue's own premium index (Binance: impact bid/ask against the index), bar close. */
    PREMIUM_INDEX("premium_index", "Premium index", Unit.FRACTION),
    /** Close of a price bar (spot candles; the bundled daily BTC price). ETH-BTC is stored in Unit.BTC. */
    PRICE_CLOSE("price_close", "Price (close)", Unit.USD),
    /** Long/short ratio of accounts (all accounts, as the venue counts them): long accounts / short accounts. */
    LONG_SHORT_ACCOUNTS("ls_accounts", "Long/short ratio, accounts", Unit.RATIO),
    /** Long/short ratio of top traders' accounts. */
    LONG_SHORT_TOP_ACCOUNTS("ls_top_accounts", "Long/short ratio, top-trader accounts", Unit.RATIO),
    /** Long/short ratio of top traders' positions. */
    LONG_SHORT_TOP_POSITIONS("ls_top_positions", "Long/short ratio, top-trader positions", Unit.RATIO),
    /** Taker buy volume / taker sell volume. */
    TAKER_BUY_SELL("taker_buy_sell", "Taker buy/sell ratio", Unit.RATIO),
    /** Liquidated long positions in the series' interval, in USD. */
    LIQUIDATIONS_LONG_USD("liq_long_usd", "Liquidations, longs", Unit.USD),
    /** Liquidated short positions in the series' interval, in USD. */
    LIQUIDATIONS_SHORT_USD("liq_short_usd", "Liquidations, shorts", Unit.USD);

    private final String id;
    private final String label;
    private final Unit defaultUnit;

    Metric(String id, String label, Unit defaultUnit) {
        this.id = id;
        this.label = label;
        this.defaultUnit = defaultUnit;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public Unit defaultUnit() {
        return defaultUnit;
    }

    public static Metric fromId(String id) {
        for (Metric m : values()) {
            if (m.id.equals(id)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown metric '" + id + "'");
    }
}
