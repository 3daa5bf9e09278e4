package org.umbra.market.bitmex;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;
import org.umbra.market.bitmex.BitmexDtos.Instrument;
import org.umbra.market.http.MalformedResponseException;

/**
 * Open interest in contracts converted to coin and USD with the contract spec the venue publishes on
 * GET /api/v1/instrument (multiplier, isInverse, isQuanto, the *Multiplier fields). Three kinds:
 * <ul>
 *   <li><b>inverse</b> (XBTUSD): a contract is worth a fixed amount of the quote currency,
 *       |multiplier| / |underlyingToSettleMultiplier| USD (-100000000 / -100000000 = 1 USD for XBTUSD);
 *       coin = USD / mark price;</li>
 *   <li><b>quanto</b> (ETHUSD): a contract is worth multiplier x price in the settlement currency's smallest
 *       unit (XBt, satoshis), i.e. multiplier x ETH price / 1e8 XBT; its USD value is that times the bitcoin
 *       price (the XBTUSD instrument's indicativeSettlePrice, the .BXBT index), and its ETH equivalent is the
 *       USD value / ETH mark price;</li>
 *   <li><b>linear</b> (XBTUSDT, ETHUSDT): a contract is 1 / underlyingToPositionMultiplier coin; USD = coin x
 *       mark price (USDT taken as USD).</li>
 * </ul>
 */
final class BitmexContracts {
    /**
     * Smallest units of the settlement currencies BitMEX names in {@code settlCurrency}: XBt is the satoshi
     * (1e-8 XBT), USDt is 1e-6 USDT (BitMEX API docs, "XBt" and "USDt" currency units). The venue does not repeat
     * this scale on the instrument row, so it is the one documented constant here.
     */
    static final Map<String, BigDecimal> SETTLE_UNITS_PER_COIN = Map.of(
            "XBt", new BigDecimal("100000000"),
            "USDt", new BigDecimal("1000000"));
    private static final MathContext MC = MathContext.DECIMAL64;

    /** Open interest of one snapshot: raw contracts and the two derived figures. */
    record OpenInterest(BigDecimal contracts, BigDecimal coin, BigDecimal usd) {
    }

    private BitmexContracts() {
    }

    /**
     * @param btcUsd the bitcoin price in USD, needed only for a quanto (null otherwise)
     */
    static OpenInterest openInterest(Instrument i, BigDecimal btcUsd) {
        BigDecimal contracts = i.openInterest();
        if (i.inverse()) {
            BigDecimal u2s = require(i.underlyingToSettleMultiplier(), i, "underlyingToSettleMultiplier");
            BigDecimal usdPerContract = i.multiplier().abs().divide(u2s.abs(), MC);
            BigDecimal usd = contracts.multiply(usdPerContract, MC);
            return new OpenInterest(contracts, usd.divide(i.markPrice(), MC), usd);
        }
        if (i.quanto()) {
            if (btcUsd == null || btcUsd.signum() <= 0) {
                throw new IllegalArgumentException(i.symbol() + ": a quanto needs the bitcoin price");
            }
            BigDecimal scale = settleScale(i);
            BigDecimal xbt = contracts.multiply(i.multiplier(), MC).multiply(i.markPrice(), MC).divide(scale, MC);
            BigDecimal usd = xbt.multiply(btcUsd, MC);
            return new OpenInterest(contracts, usd.divide(i.markPrice(), MC), usd);
        }
        BigDecimal u2p = require(i.underlyingToPositionMultiplier(), i, "underlyingToPositionMultiplier");
        BigDecimal coin = contracts.divide(u2p, MC);
        return new OpenInterest(contracts, coin, coin.multiply(i.markPrice(), MC));
    }

    static BigDecimal settleScale(Instrument i) {
        BigDecimal scale = SETTLE_UNITS_PER_COIN.get(i.settlCurrency());
        if (scale == null) {
            throw new MalformedResponseException("field 'settlCurrency': unknown settlement currency '" + i.settlCurrency() + "'");
        }
        return scale;
    }

    private static BigDecimal require(BigDecimal v, Instrument i, String field) {
        if (v == null || v.signum() == 0) {
            throw new MalformedResponseException("missing field '" + field + "' (needed to convert " + i.symbol() + " contracts)");
        }
        return v;
    }
}
