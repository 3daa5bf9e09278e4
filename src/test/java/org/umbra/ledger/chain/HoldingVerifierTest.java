package org.umbra.ledger.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.umbra.ledger.ChainChecks;
import org.umbra.store.Database;
import org.umbra.store.DbWriter;

class HoldingVerifierTest {
    @TempDir
    Path dir;

    /** Block 698642 was mined at 1630561459 s = 2021-09-02 05:44:19 UTC. */
    private static final ChainChecks.Check CHECK = new ChainChecks.Check(3, 1_700_000_000_000L, 698_642, 1_630_561_459_000L, 644_951_084,
            0, 41);

    @Test
    void saysVerifiedWhenTheChainHoldsWhatWasEnteredAndTheMismatchOtherwise() {
        ZoneId utc = ZoneId.of("UTC");
        assertEquals("verified: 6.44951084 BTC at block 698,642, 2021-09-02 05:44", HoldingVerifier.describe(CHECK, 644_951_084L, utc));
        assertEquals("verified: 6.44951084 BTC at block 698,642, 2021-09-02 05:44", HoldingVerifier.describe(CHECK, null, utc));
        assertEquals("mismatch: the chain holds 6.44951084 BTC at block 698,642, 2021-09-02 05:44, entered 6.5 BTC",
                HoldingVerifier.describe(CHECK, 650_000_000L, utc));
        ChainChecks.Check pending = new ChainChecks.Check(3, 0, 698_642, 1_630_561_459_000L, 644_951_084, 42_200, 41);
        assertEquals("verified: 6.44951084 BTC at block 698,642, 2021-09-02 07:44 (0.000422 BTC incoming, unconfirmed)",
                HoldingVerifier.describe(pending, 644_951_084L, ZoneId.of("Europe/Berlin")));
    }

    @Test
    void theNewestCheckOfEachHoldingIsKept() {
        Database db = Database.open(dir.resolve("u.db"));
        DbWriter writer = new DbWriter(db);
        try {
            ChainChecks checks = new ChainChecks(db, writer);
            checks.record(CHECK);
            ChainChecks.Check later = new ChainChecks.Check(3, CHECK.atMs() + 1, 698_700, CHECK.tipTimeMs() + 600_000, 1, 0, 41);
            checks.record(later);
            checks.record(new ChainChecks.Check(4, 5, 698_000, 6, 7, 0, 1));
            assertEquals(later, checks.latest().get(3L));
            assertEquals(2, checks.latest().size());
        } finally {
            writer.close();
        }
    }
}
