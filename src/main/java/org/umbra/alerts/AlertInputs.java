package org.umbra.alerts;

import java.util.List;
import java.util.Map;
import org.umbra.market.Asset;

/**
 * Everything the rules read at one evaluation. Anything not known (not read, never reported) is left out, and a rule
 * that needs it neither fires nor clears.
 *
 * @param markets         by asset
 * @param failingPolicies the titles of the ledger policy checks failing now; null when the policy has not been checked
 * @param sources         by source id
 * @param nowMs           the wall clock (source failures are timed by it; market rules by the data's own times)
 */
public record AlertInputs(Map<Asset, MarketNow> markets, List<String> failingPolicies, Map<String, SourceHealth> sources, long nowMs) {
    public AlertInputs {
        markets = Map.copyOf(markets);
        failingPolicies = failingPolicies == null ? null : List.copyOf(failingPolicies);
        sources = Map.copyOf(sources);
    }

    public MarketNow market(Asset asset) {
        return markets.getOrDefault(asset, MarketNow.NONE);
    }
}
