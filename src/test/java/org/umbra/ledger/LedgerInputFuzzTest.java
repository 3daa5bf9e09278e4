package org.umbra.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.umbra.export.LedgerBackup;
import org.umbra.ledger.chain.Addresses;
import org.umbra.ledger.chain.BitcoinNetwork;
import org.umbra.ledger.chain.WatchEntries;

/**
 * Generated and mutated input for everything a user types or imports into the ledger: never an uncaught exception,
 * every refusal names its field or row. Seeded, so a failure repeats; each test states how many cases it tried.
 * (Plain JUnit with a seeded generator: jqwik, from 1.10, asks not to be used by AI agents, which wrote this.)
 */
class LedgerInputFuzzTest {
    private static final String AMOUNT_ALPHABET = "0123456789.,  _-+eE\u00a0\u202fsatSATbtcBTC\u2212x";

    private static String randomText(Random r, String alphabet, int maxLength) {
        int n = r.nextInt(maxLength + 1);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return b.toString();
    }

    @Test
    void amountsNeverThrowAndAcceptOnlyWhatIsInRange() {
        Random r = new Random(20261122);
        int accepted = 0;
        int cases = 20_000;
        for (int i = 0; i < cases; i++) {
            String text = randomText(r, AMOUNT_ALPHABET, 16);
            Amounts.Unit unit = r.nextBoolean() ? Amounts.Unit.BTC : Amounts.Unit.SATS;
            Amounts.Parsed p = Amounts.parse(text, unit);
            if (p.ok()) {
                accepted++;
                assertTrue(p.sats() > 0 && p.sats() <= Amounts.MAX_SATS, text + " -> " + p.sats());
            } else {
                assertTrue(p.problem() != null && !p.problem().isBlank(), text);
            }
        }
        assertTrue(accepted > 100, "the generator reaches valid amounts too: " + accepted + " of " + cases);
    }

    @Test
    void everyAmountRoundTripsThroughItsTextInBtcAndInSats() {
        Random r = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            long sats = 1 + (long) (r.nextDouble() * (Amounts.MAX_SATS - 1));
            assertEquals(sats, Amounts.parse(Amounts.btcPlain(sats), Amounts.Unit.BTC).sats(), () -> "" + sats);
            assertEquals(sats, Amounts.parse(sats + " sats", Amounts.Unit.BTC).sats());
            assertEquals(sats, Amounts.parse(Amounts.btc(sats).replace(",", "") + " BTC", Amounts.Unit.SATS).sats());
        }
    }

    @Test
    void theHoldingFormNeverThrowsAndNamesEveryFieldItRefuses() {
        Random r = new Random(42);
        String any = "abc ,;:\n\t-=+@0123456789.bc1qxyzBTCsats\u00e9\u2028\"'";
        Map<HoldingForm.Field, String> prefixes = Map.of(HoldingForm.Field.LABEL, "Label: ", HoldingForm.Field.AMOUNT, "Amount: ",
                HoldingForm.Field.ASSET, "Asset: ", HoldingForm.Field.LEDGER, "Ledger: ", HoldingForm.Field.RIGHTS, "Rights: ",
                HoldingForm.Field.KIND, "Instrument: ", HoldingForm.Field.VENUE, "Venue: ", HoldingForm.Field.OPENED, "Opened: ",
                HoldingForm.Field.TAGS, "Tags: ", HoldingForm.Field.WATCH, "Watch-only ");
        WatchCheck watch = new WatchEntries(BitcoinNetwork.MAINNET);
        int cases = 3_000;
        for (int i = 0; i < cases; i++) {
            HoldingForm f = new HoldingForm(randomText(r, any, 30), randomText(r, AMOUNT_ALPHABET, 12), Amounts.Unit.BTC,
                    randomText(r, any, 8), pick(r, Ledger.values()), pick(r, Rights.values()), pick(r, InstrumentKind.values()),
                    randomText(r, any, 20), r.nextBoolean() ? "2024-0" + r.nextInt(10) + "-1" + r.nextInt(10) : randomText(r, any, 10),
                    randomText(r, any, 30), randomText(r, any, 30), randomText(r, any, 40));
            HoldingForm.Result res;
            try {
                res = f.check(null, LocalDate.of(2026, 11, 22), watch);
            } catch (RuntimeException e) {
                fail("case " + i + " threw " + e + " for " + f);
                return;
            }
            assertTrue(res.ok() == (res.holding() != null));
            res.problems().forEach((field, message) -> assertTrue(message.startsWith(prefixes.get(field)), field + ": " + message));
        }
    }

    private static <T> T pick(Random r, T[] values) {
        return r.nextInt(10) == 0 ? null : values[r.nextInt(values.length)];
    }

    @Test
    void aOneCharacterTypoInARealAddressIsAlwaysCaught() {
        List<String> real = List.of("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy",
                "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq", "bc1q34aq5drpuwy3wgl9lhup9892qp6svr8ldzyy7c");
        String base58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
        String bech32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
        Random r = new Random(99);
        int cases = 0;
        for (String address : real) {
            assertTrue(Addresses.check(address, BitcoinNetwork.MAINNET).valid(), address);
            boolean segwit = address.startsWith("bc1");
            String alphabet = segwit ? bech32 : base58;
            int from = segwit ? 4 : 1; // keep the prefix: a changed prefix is another kind of error, tested elsewhere
            for (int i = 0; i < 1_000; i++) {
                int at = from + r.nextInt(address.length() - from);
                char c = alphabet.charAt(r.nextInt(alphabet.length()));
                if (c == address.charAt(at)) {
                    continue;
                }
                String typo = address.substring(0, at) + c + address.substring(at + 1);
                var check = Addresses.check(typo, BitcoinNetwork.MAINNET);
                assertFalse(check.valid(), typo);
                assertNotNull(check.problem());
                cases++;
            }
        }
        assertTrue(cases > 3_800, "cases tried: " + cases);
    }

    @Test
    void aMutatedBackupIsRefusedNamingWhereOrReadsBackWhole() {
        List<Change> changes = List.of(Change.holding(LedgerFixtures.cold(100_000_000).withId(1)),
                Change.holding(LedgerFixtures.exchange("Kraken", 5_000_000).withId(2)), Change.custodian(Custodian.named("Kraken")),
                Change.thresholds(PolicyThresholds.defaults()));
        List<LedgerEvent> rows = new java.util.ArrayList<>();
        long seq = 1;
        for (Change c : changes) {
            rows.add(new LedgerEvent(seq, seq, 1_700_000_000_000L + seq, c.entity(), c.key(), LedgerEvent.Action.CREATE, c.state(),
                    c.entity() == LedgerEvent.Entity.HOLDING ? c.state().get("amountSats").getAsLong() : null, null, "form"));
            seq++;
        }
        String good = LedgerBackup.write(rows, Instant.EPOCH);
        Random r = new Random(5);
        String alphabet = "{}[]\":,0123456789-.abcdefghijklmnopqrstuvwxyz nul";
        int refused = 0;
        int cases = 3_000;
        for (int i = 0; i < cases; i++) {
            StringBuilder b = new StringBuilder(good);
            for (int k = 1 + r.nextInt(3); k > 0; k--) {
                int at = r.nextInt(b.length());
                switch (r.nextInt(3)) {
                    case 0 -> b.deleteCharAt(at);
                    case 1 -> b.insert(at, alphabet.charAt(r.nextInt(alphabet.length())));
                    default -> b.setCharAt(at, alphabet.charAt(r.nextInt(alphabet.length())));
                }
            }
            try {
                List<LedgerEvent> back = LedgerBackup.read(b.toString());
                LedgerState.replay(back); // whatever is accepted replays
            } catch (IllegalArgumentException e) {
                refused++;
                assertTrue(e.getMessage() != null && !e.getMessage().isBlank(), "case " + i);
            } catch (RuntimeException e) {
                fail("case " + i + " threw " + e + "\n" + b);
            }
        }
        assertTrue(refused > cases / 3, "refused " + refused + " of " + cases);
    }
}
