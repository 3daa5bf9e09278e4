package org.umbra.ledger.bip329;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.umbra.ledger.bip329.Bip329Vectors.TXID;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;

class LabelRecordTest {
    @Test
    void theKeyTellsAccountsApartByOrigin() {
        LabelRecord a = new LabelRecord(LabelType.TX, TXID, "x", "wpkh([d34db33f/84'/0'/0'])", null, null);
        LabelRecord b = new LabelRecord(LabelType.TX, TXID, "y", "wpkh([d34db33f/84'/0'/1'])", null, null);

        assertEquals(new LabelKey(LabelType.TX, TXID, "wpkh([d34db33f/84'/0'/0'])"), a.key());
        assertNotEquals(a.key(), b.key());
        assertEquals(new LabelKey(LabelType.TX, TXID, null), new LabelRecord(LabelType.TX, TXID, "z").key());
    }

    @Test
    void refusesSpendableOutsideOutputsAndCoreFieldsInExtras() {
        IllegalArgumentException spendable = assertThrows(IllegalArgumentException.class,
                () -> new LabelRecord(LabelType.ADDR, "bc1q34aq5drpuwy3wgl9lhup9892qp6svr8ldzyy7c", null, null, true, null));
        JsonObject withLabel = JsonParser.parseString("{\"label\":\"twice\"}").getAsJsonObject();
        IllegalArgumentException extra = assertThrows(IllegalArgumentException.class,
                () -> new LabelRecord(LabelType.TX, TXID, "once", null, null, withLabel));

        assertEquals("spendable is only for output records, not addr", spendable.getMessage());
        assertEquals("extras must not hold the field \"label\": it has its own component", extra.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new LabelRecord(LabelType.TX, "", "empty ref"));
    }

    @Test
    void extrasCannotBeChangedFromOutside() {
        JsonObject extras = JsonParser.parseString("{\"fee\":1410}").getAsJsonObject();
        LabelRecord r = new LabelRecord(LabelType.TX, TXID, "x", null, null, extras);
        extras.addProperty("fee", 1);
        r.extras().addProperty("fee", 2);

        assertEquals(1410, r.extras().get("fee").getAsInt());
    }

    @Test
    void wireNamesAreTheSpecsLowerCaseNames() {
        assertEquals("pubkey", LabelType.PUBKEY.wireName());
        assertEquals(LabelType.XPUB, LabelType.fromWireName("xpub").orElseThrow());
        assertEquals(java.util.Optional.empty(), LabelType.fromWireName("XPUB"));
    }
}
