package org.umbra.ledger.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.umbra.market.http.HttpClients;
import org.umbra.market.http.RateLimiter;
import org.umbra.market.http.SourceException;
import org.umbra.market.http.VenueHttp;
import org.umbra.testing.Fixtures;

class EsploraClientTest {
    static final String WIZ = "1wiz18xYmhRX6xStj2b9t1rwWX4GKUgpv";
    static final String TIP_HASH = "00000000000000000007839f42e0e86fd53c797b64b7135fcad385158c9cafb8";

    private MockWebServer server;
    private EsploraClient client;

    static VenueHttp http(MockWebServer server) {
        return new VenueHttp(EsploraClient.SOURCE_ID, HttpClients.create("umbra-test"),
                HttpUrl.get(server.url("/api/").toString()), Clock.systemUTC());
    }

    /** A budget no test reaches, so tests do not wait; the paced default is tested on its own. */
    static RateLimiter unhurried() {
        return new RateLimiter("esplora-test", 1000, Duration.ofSeconds(1));
    }

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start();
        client = new EsploraClient(http(server), unhurried());
    }

    @AfterEach
    void stop() throws Exception {
        server.shutdown();
    }

    private static MockResponse json(String body) {
        return new MockResponse().setHeader("Content-Type", "application/json").setBody(body);
    }

    @Test
    void readsTheDocumentedAddressStats() throws Exception {
        server.enqueue(json(Fixtures.read(getClass(), "mempool_address_stats_1wiz_doc.json")));
        // chain: funded 15,007,599,040 − spent 15,007,599,040 = 0; mempool 0 − 0 = 0; 7 + 0 transactions.
        assertEquals(new AddressBalance(WIZ, 0, 0, 7), client.address(WIZ));
        assertEquals("/api/address/" + WIZ, server.takeRequest().getPath());
    }

    @Test
    void balancesAreFundedMinusSpentPerPart() throws Exception {
        String addr = "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq";
        server.enqueue(json("{\"address\":\"" + addr + "\","
                + "\"chain_stats\":{\"funded_txo_count\":2,\"funded_txo_sum\":150000,\"spent_txo_count\":1,\"spent_txo_sum\":100000,\"tx_count\":3},"
                + "\"mempool_stats\":{\"funded_txo_count\":0,\"funded_txo_sum\":0,\"spent_txo_count\":1,\"spent_txo_sum\":50000,\"tx_count\":1}}"));
        // confirmed 150,000 − 100,000 = 50,000; mempool 0 − 50,000 = −50,000 (the confirmed coin is being spent); 3 + 1 txs.
        assertEquals(new AddressBalance(addr, 50_000, -50_000, 4), client.address(addr));
    }

    @Test
    void readsTheTipFromPlainTextThenTheBlock() throws Exception {
        server.enqueue(new MockResponse().setHeader("Content-Type", "text/plain")
                .setBody(Fixtures.read(getClass(), "esplora_blocks_tip_hash_built.txt") + "\n"));
        server.enqueue(json(Fixtures.read(getClass(), "esplora_block_698642_built.json")));
        // Block 698642, timestamp 1630561459 s = 1,630,561,459,000 ms (2021-09-02T05:44:19Z).
        assertEquals(new ChainTip(TIP_HASH, 698_642, 1_630_561_459_000L), client.tip());
        assertEquals("/api/blocks/tip/hash", server.takeRequest().getPath());
        assertEquals("/api/block/" + TIP_HASH, server.takeRequest().getPath());
    }

    private SourceException addressFails(MockResponse response) {
        server.enqueue(response);
        SourceException e = assertThrows(SourceException.class, () -> client.address(WIZ));
        assertEquals("esplora", e.sourceId());
        return e;
    }

    @Test
    void throttlingAndServerErrorsNameTheSource() {
        SourceException limited = addressFails(new MockResponse().setResponseCode(429).setHeader("Retry-After", "30"));
        assertEquals(SourceException.Kind.RATE_LIMITED, limited.kind());
        assertEquals("esplora: HTTP 429, retry after 30 s (GET /address/" + WIZ + ")", limited.getMessage());
        SourceException failed = addressFails(new MockResponse().setResponseCode(500).setBody("Internal Server Error"));
        assertEquals(SourceException.Kind.HTTP_STATUS, failed.kind());
        assertEquals("esplora: HTTP 500 (GET /address/" + WIZ + ")", failed.getMessage());
    }

    @Test
    void bodiesThatAreNotTheDocumentedJsonAreRejectedWhole() {
        SourceException html = addressFails(new MockResponse().setHeader("Content-Type", "text/html").setBody("<html><body>Captive portal</body></html>"));
        assertEquals(SourceException.Kind.MALFORMED, html.kind());
        assertTrue(html.getMessage().startsWith("esplora: expected JSON, got text/html"), html.getMessage());

        String stats = Fixtures.read(getClass(), "mempool_address_stats_1wiz_doc.json");
        SourceException truncated = addressFails(json(stats.substring(0, stats.length() / 2)));
        assertEquals(SourceException.Kind.MALFORMED, truncated.kind());
        assertTrue(truncated.getMessage().startsWith("esplora: truncated JSON"), truncated.getMessage());

        // The UTXO list of another endpoint where the stats object belongs.
        SourceException array = addressFails(json(Fixtures.read(getClass(), "mempool_address_utxo_1KFHE_doc.json")));
        assertEquals("esplora: malformed response: address stats: expected an object, got an array (GET /address/" + WIZ + ")", array.getMessage());

        SourceException missing = addressFails(json(stats.replace("\"mempool_stats\"", "\"mempool\"")));
        assertEquals("esplora: malformed response: field 'mempool_stats': expected an object, got null (GET /address/" + WIZ + ")",
                missing.getMessage());

        SourceException text = addressFails(json(stats.replace("\"funded_txo_sum\": 15007599040", "\"funded_txo_sum\": \"lots\"")));
        assertEquals("esplora: malformed response: field 'chain_stats.funded_txo_sum': not a number: 'lots' (GET /address/" + WIZ + ")",
                text.getMessage());

        SourceException overspent = addressFails(json(stats.replace("\"spent_txo_sum\": 15007599040", "\"spent_txo_sum\": 15007599041")));
        assertEquals("esplora: malformed response: chain_stats: spent_txo_sum is more than funded_txo_sum (GET /address/" + WIZ + ")",
                overspent.getMessage());

        SourceException other = addressFails(json(stats.replace(WIZ, "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa")));
        assertEquals("esplora: malformed response: field 'address': answer is for 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa, asked for "
                + WIZ + " (GET /address/" + WIZ + ")", other.getMessage());
    }

    @Test
    void aTipThatIsNotAHashIsRejected() {
        server.enqueue(new MockResponse().setHeader("Content-Type", "text/html").setBody("<html>502 Bad Gateway</html>"));
        SourceException e = assertThrows(SourceException.class, client::tip);
        assertEquals(SourceException.Kind.MALFORMED, e.kind());
        assertEquals("esplora: expected a block hash, got: <html>502 Bad Gateway</html> (GET /blocks/tip/hash)", e.getMessage());


        // Milliseconds where seconds are documented, and a time before the genesis block.
        for (String timestamp : new String[] {"1630561459000", "1630561"}) {
            server.enqueue(new MockResponse().setBody(TIP_HASH));
            server.enqueue(json("{\"id\":\"" + TIP_HASH + "\",\"height\":698642,\"timestamp\":" + timestamp + "}"));
            SourceException time = assertThrows(SourceException.class, client::tip);
            assertEquals("esplora: malformed response: field 'timestamp': " + timestamp + " is not a block time in seconds (GET /block/"
                    + TIP_HASH + ")", time.getMessage());
        }
        server.enqueue(new MockResponse().setBody(TIP_HASH));
        server.enqueue(json("{\"id\":\"" + TIP_HASH.replace('7', '8') + "\",\"height\":698642,\"timestamp\":1630561459}"));
        assertTrue(assertThrows(SourceException.class, client::tip).getMessage().contains("field 'id': answer is for block"));
    }

    @Test
    void plainHttpToAPublicServerIsRefused() {
        VenueHttp publicHttp = new VenueHttp(EsploraClient.SOURCE_ID, HttpClients.create("umbra-test"),
                HttpUrl.get("http://mempool.space/api/"), Clock.systemUTC());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new EsploraClient(publicHttp));
        assertEquals("plain http is allowed only for this computer or a local network (mempool.space is neither): use https", e.getMessage());
    }

    @Test
    void theDefaultBudgetPacesRequestsAtFourASecond() throws Exception {
        EsploraClient paced = new EsploraClient(http(server));
        String stats = Fixtures.read(getClass(), "mempool_address_stats_1wiz_doc.json");
        long start = System.nanoTime();
        for (int i = 0; i < 5; i++) {
            server.enqueue(json(stats));
            paced.address(WIZ);
        }
        long elapsedMs = (System.nanoTime() - start) / 1_000_000;
        // 4 fit in the first second's window; the 5th waits for the first to leave it (1 s plus the limiter's slack).
        assertTrue(elapsedMs >= 1000, "5 requests took " + elapsedMs + " ms");
    }
}
