package org.umbra.ledger.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.umbra.market.http.SourceException;
import org.umbra.testing.Fixtures;

class ChainVerifierTest {
    private static final String ZPUB = ExtendedKeysTest.BIP84_ZPUB;
    private static final String WIZ = EsploraClientTest.WIZ;
    private static final String TIP = EsploraClientTest.TIP_HASH;

    private MockWebServer server;
    private ChainVerifier verifier;
    /** Address -> {confirmed sats, mempool sats, tx count}; any other address answers as never used. */
    private Map<String, long[]> chain = Map.of();

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return answer(request.getPath().substring("/api".length()));
            }
        });
        server.start();
        verifier = new ChainVerifier(new EsploraClient(EsploraClientTest.http(server), EsploraClientTest.unhurried()));
    }

    @AfterEach
    void stop() throws Exception {
        server.shutdown();
    }

    private MockResponse answer(String path) {
        if (path.equals("/blocks/tip/hash")) {
            return new MockResponse().setBody(Fixtures.read(getClass(), "esplora_blocks_tip_hash_built.txt"));
        }
        if (path.equals("/block/" + TIP)) {
            return new MockResponse().setBody(Fixtures.read(getClass(), "esplora_block_698642_built.json"));
        }
        if (path.equals("/address/" + WIZ)) {
            return new MockResponse().setBody(Fixtures.read(getClass(), "mempool_address_stats_1wiz_doc.json"));
        }
        if (path.startsWith("/address/")) {
            String address = path.substring("/address/".length());
            long[] s = chain.getOrDefault(address, new long[] {0, 0, 0});
            // Funded and spent sums chosen so that funded − spent is the balance (confirmed funded twice the balance).
            return new MockResponse().setBody("{\"address\":\"" + address + "\","
                    + "\"chain_stats\":{\"funded_txo_count\":1,\"funded_txo_sum\":" + 2 * s[0] + ",\"spent_txo_count\":1,\"spent_txo_sum\":" + s[0]
                    + ",\"tx_count\":" + s[2] + "},"
                    + "\"mempool_stats\":{\"funded_txo_count\":0,\"funded_txo_sum\":" + s[1] + ",\"spent_txo_count\":0,\"spent_txo_sum\":0,\"tx_count\":0}}");
        }
        return new MockResponse().setResponseCode(404).setBody("not found");
    }

    private static String receive(int index) {
        return ExtendedKeys.derive(ZPUB, 0, index);
    }

    private List<String> recordedPaths() throws InterruptedException {
        List<String> paths = new ArrayList<>();
        for (int i = server.getRequestCount(); i > 0; i--) {
            paths.add(server.takeRequest().getPath());
        }
        return paths;
    }

    @Test
    void scansEachChainUntilTwentyUnusedInARow() throws Exception {
        // Used receive addresses at indexes 0, 3 and 25; change chain unused.
        chain = Map.of(
                receive(0), new long[] {100_000, 0, 2},
                receive(3), new long[] {250_000, 5_000, 1},
                receive(25), new long[] {1_000_000, 0, 1});
        Verification v = verifier.verify(List.of(), List.of(ZPUB));
        // Receive: 0 used, 1-2 unused, 3 used, then 4..23 are 20 unused in a row -> stop after 23: 24 look-ups.
        // Index 25 lies beyond that gap and is NOT found, as in any wallet with gap limit 20.
        // Change: 0..19 unused -> 20 look-ups. Total 44.
        assertEquals(44, v.addressesQueried());
        assertEquals(100_000 + 250_000, v.confirmedSats());
        assertEquals(5_000, v.unconfirmedSats());
        assertEquals(List.of(new AddressBalance(receive(0), 100_000, 0, 2), new AddressBalance(receive(3), 250_000, 5_000, 1)), v.used());
        assertEquals(698_642, v.tipHeight());
        assertEquals(1_630_561_459_000L, v.tipTimeMs());

        List<String> paths = recordedPaths();
        assertEquals(2 + 44, paths.size());
        assertTrue(paths.contains("/api/address/" + receive(23)));
        assertFalse(paths.contains("/api/address/" + receive(24)));
        assertTrue(paths.contains("/api/address/" + ExtendedKeys.derive(ZPUB, 1, 19)));
        assertFalse(paths.contains("/api/address/" + ExtendedKeys.derive(ZPUB, 1, 20)));
    }

    @Test
    void aUsedAddressResetsTheGap() throws Exception {
        // 0 and 20 used: after 0, 1..19 are only 19 unused, so 20 is reached; then 21..40 -> stop after 40: 41 look-ups.
        chain = Map.of(receive(0), new long[] {1, 0, 1}, receive(20), new long[] {2, 0, 1});
        Verification v = verifier.verify(List.of(), List.of(ZPUB));
        assertEquals(41 + 20, v.addressesQueried());
        assertEquals(3, v.confirmedSats());
        assertEquals(2, v.used().size());
    }

    @Test
    void onlyAddressesLeaveTheMachineNeverTheKey() throws Exception {
        chain = Map.of(receive(1), new long[] {7, 0, 1});
        verifier.verify(List.of(WIZ), List.of(ZPUB));
        List<String> allowed = new ArrayList<>(List.of("/api/blocks/tip/hash", "/api/block/" + TIP, "/api/address/" + WIZ));
        for (int chainIndex = 0; chainIndex <= 1; chainIndex++) {
            for (int i = 0; i < 30; i++) {
                allowed.add("/api/address/" + ExtendedKeys.derive(ZPUB, chainIndex, i));
            }
        }
        for (int i = server.getRequestCount(); i > 0; i--) {
            RecordedRequest r = server.takeRequest();
            assertTrue(allowed.contains(r.getPath()), r.getPath());
            assertEquals("GET", r.getMethod());
            assertEquals(0, r.getBodySize());
            String everything = r.getRequestLine() + r.getHeaders();
            // Not the key, nor its body without the prefix (a key re-spelled as xpub would share no text, but its payload would).
            assertFalse(everything.contains(ZPUB) || everything.contains(ZPUB.substring(4, 40)), everything);
        }
    }

    @Test
    void listedAddressesAreSummedAndCountedOnce() throws Exception {
        String own = "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq";
        chain = Map.of(own, new long[] {40_000, 1_000, 3});
        // WIZ: documented stats, balance 0 but 7 transactions -> used. The repeated address is asked once.
        Verification v = verifier.verify(List.of(own, WIZ, own), List.of());
        assertEquals(2, v.addressesQueried());
        assertEquals(40_000, v.confirmedSats());
        assertEquals(1_000, v.unconfirmedSats());
        assertEquals(List.of(new AddressBalance(own, 40_000, 1_000, 3), new AddressBalance(WIZ, 0, 0, 7)), v.used());
    }

    @Test
    void aFailedLookUpFailsTheWholeVerification() {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String path = request.getPath().substring("/api".length());
                return path.startsWith("/address/" + receive(2)) ? new MockResponse().setResponseCode(429) : answer(path);
            }
        });
        SourceException e = assertThrows(SourceException.class, () -> verifier.verify(List.of(), List.of(ZPUB)));
        assertEquals(SourceException.Kind.RATE_LIMITED, e.kind());
        assertEquals("esplora", e.sourceId());
    }
}
