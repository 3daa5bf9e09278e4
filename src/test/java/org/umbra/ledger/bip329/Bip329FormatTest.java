package org.umbra.ledger.bip329;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class Bip329FormatTest {
    @Test
    void theDescriptionNamesTheConventionAUserNeeds() {
        String text = Bip329Format.describe();

        assertTrue(text.contains("one JSON object per line"), text);
        assertTrue(text.contains("all 6 record types of the spec (tx, addr, pubkey, input, output, xpub)"), text);
        assertTrue(text.contains("the later line wins"), text);
        assertTrue(text.contains("skipped"), text);
        assertTrue(text.contains("longer than 255 characters are kept whole"), text);
    }
}
