package org.umbra.ledger.chain;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.umbra.market.http.EndpointPolicy;
import org.umbra.market.http.Json;
import org.umbra.market.http.MalformedResponseException;
import org.umbra.market.http.RateLimiter;
import org.umbra.market.http.SourceException;
import org.umbra.market.http.VenueHttp;

/**
 * Reads address balances and the chain tip from an Esplora REST server (Blockstream's esplora, mempool.space
 * or a self-hosted one). All amounts are satoshis. Neither public operator publishes a rate limit, so requests
 * are paced at {@value #REQUESTS_PER_SECOND} a second; a 429 drains the budget (VenueHttp) and is reported.
 */
public final class EsploraClient {
    public static final String SOURCE_ID = "esplora";
    static final int REQUESTS_PER_SECOND = 4;
    /** A tip hash is 64 hex characters; anything much longer is not what was asked for. */
    private static final int MAX_TIP_BODY_BYTES = 1024;

    private final VenueHttp http;
    private final List<VenueHttp.Cost> costs;

    public EsploraClient(VenueHttp http) {
        this(http, new RateLimiter(SOURCE_ID, REQUESTS_PER_SECOND, Duration.ofSeconds(1)));
    }

    /**
     * @throws IllegalArgumentException if the server's URL is plain http to a public host ({@link EndpointPolicy})
     */
    public EsploraClient(VenueHttp http, RateLimiter limiter) {
        this.http = Objects.requireNonNull(http);
        String refused = EndpointPolicy.check(http.baseUrl());
        if (refused != null) {
            throw new IllegalArgumentException(refused);
        }
        this.costs = List.of(new VenueHttp.Cost(limiter, 1));
    }

    /** {@code GET /address/:address}: confirmed and mempool balance and the number of transactions. */
    public AddressBalance address(String address) throws SourceException {
        return http.getJson("/address/" + address, Map.of(), costs, json -> parseAddress(json, address));
    }

    /** {@code GET /blocks/tip/hash} (plain text), then {@code GET /block/:hash} for its height and time. */
    public ChainTip tip() throws SourceException {
        String where = "GET /blocks/tip/hash";
        String hash = http.getText("/blocks/tip/hash", costs, MAX_TIP_BODY_BYTES).strip();
        if (!hash.matches("[0-9a-f]{64}")) {
            String shown = hash.length() <= 80 ? hash : hash.substring(0, 80) + "…";
            throw new SourceException(http.sourceId(), SourceException.Kind.MALFORMED,
                    "expected a block hash, got: " + shown.replaceAll("\\s+", " ") + " (" + where + ")");
        }
        return http.getJson("/block/" + hash, Map.of(), costs, json -> parseBlock(json, hash));
    }

    private static AddressBalance parseAddress(JsonElement json, String asked) {
        JsonObject o = Json.object(json, "address stats");
        String address = Json.string(o, "address");
        if (!address.equals(asked)) {
            throw new MalformedResponseException("field 'address': answer is for " + address + ", asked for " + asked);
        }
        JsonObject chain = Json.object(o.get("chain_stats"), "field 'chain_stats'");
        JsonObject mempool = Json.object(o.get("mempool_stats"), "field 'mempool_stats'");
        long confirmed = wholeNumber(chain, "chain_stats", "funded_txo_sum") - wholeNumber(chain, "chain_stats", "spent_txo_sum");
        if (confirmed < 0) {
            throw new MalformedResponseException("chain_stats: spent_txo_sum is more than funded_txo_sum");
        }
        long unconfirmed = wholeNumber(mempool, "mempool_stats", "funded_txo_sum") - wholeNumber(mempool, "mempool_stats", "spent_txo_sum");
        long txCount = wholeNumber(chain, "chain_stats", "tx_count") + wholeNumber(mempool, "mempool_stats", "tx_count");
        return new AddressBalance(address, confirmed, unconfirmed, Math.toIntExact(txCount));
    }

    private static ChainTip parseBlock(JsonElement json, String hash) {
        JsonObject o = Json.object(json, "block");
        String id = Json.string(o, "id");
        if (!id.equals(hash)) {
            throw new MalformedResponseException("field 'id': answer is for block " + id + ", asked for " + hash);
        }
        long height = wholeNumber(o, "block", "height");
        long seconds = wholeNumber(o, "block", "timestamp");
        // Block times are seconds: before the genesis block (2009-01-03) or after 2200 is another unit, not a block time.
        if (seconds < 1_231_006_505L || seconds > 7_258_118_400L) {
            throw new MalformedResponseException("field 'timestamp': " + seconds + " is not a block time in seconds");
        }
        return new ChainTip(id, Math.toIntExact(height), seconds * 1000);
    }

    /** A whole, non-negative number (satoshis, counts, heights), named {@code object.field} when it is not. */
    private static long wholeNumber(JsonObject o, String object, String field) {
        String name = object + "." + field;
        BigDecimal value = Json.nonNegative(Json.decimal(o.get(field), name), name);
        try {
            return value.longValueExact();
        } catch (ArithmeticException e) {
            throw new MalformedResponseException("field '" + name + "': not a whole number: " + value.toPlainString());
        }
    }
}
