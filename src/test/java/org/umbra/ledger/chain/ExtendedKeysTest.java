package org.umbra.ledger.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ExtendedKeysTest {
    /** BIP-84 test vector: account m/84'/0'/0' of the mnemonic "abandon ×11 about". */
    static final String BIP84_ZPUB = "zpub6rFR7y4Q2AijBEqTUquhVz398htDFrtymD9xYYfG1m4wAcvPhXNfE3EfH1r1ADqtfSdVCToUG868RvUUkgDKf31mGDtKsAYz2oz2AGutZYs";
    /** BIP-49 test vector: account m/49'/1'/0' (testnet) of the same mnemonic. */
    static final String BIP49_UPUB = "upub5EFU65HtV5TeiSHmZZm7FUffBGy8UKeqp7vw43jYbvZPpoVsgU93oac7Wk3u6moKegAEWtGNF8DehrnHtv21XXEMYRUocHqguyjknFHYfgY";
    /** Same mnemonic, m/49'/0'/0' in the ypub spelling (SLIP-132), as published by wallet test suites. */
    static final String MAINNET_YPUB = "ypub6Ww3ibxVfGzLrAH1PNcjyAWenMTbbAosGNB6VvmSEgytSER9azLDWCxoJwW7Ke7icmizBMXrzBx9979FfaHxHcrArf3zbeJJJUZPf663zsP";
    /** Same mnemonic, BIP-44 account m/44'/0'/0'. */
    static final String BIP44_XPUB = "xpub6BosfCnifzxcFwrSzQiqu2DBVTshkCXacvNsWGYJVVhhawA7d4R5WSWGFNbi8Aw6ZRc1brxMyWMzG3DSSSSoekkudhUd9yLb6qx39T9nMdj";
    /** The xpub in the BIP-329 test vectors (BIP-32 test vector 1's master key). */
    static final String BIP329_XPUB = "xpub661MyMwAqRbcFtXgS5sYJABqqG9YLmC4Q1Rdap9gSE8NqtwybGhePY2gZ29ESFjqJoCu1Rupje8YtGqsefD265TMg7usUDFdp6W1EGMcet8";

    @Test
    void bip84VectorDerivesTheNativeSegwitAddresses() {
        assertEquals("bc1qcr8te4kr609gcawutmrza0j4xv80jy8z306fyu", ExtendedKeys.derive(BIP84_ZPUB, 0, 0));
        assertEquals("bc1qnjg0jd8228aq7egyzacy8cys3knf9xvrerkf9g", ExtendedKeys.derive(BIP84_ZPUB, 0, 1));
        assertEquals("bc1q8c6fshw2dlwun7ekn9qwf37cu2rn755upcp6el", ExtendedKeys.derive(BIP84_ZPUB, 1, 0));
    }

    @Test
    void bip49VectorsDeriveNestedSegwitAddresses() {
        // BIP-49: "address = 2Mww8dCYPUpKHofjgcXcBCEGmniw9CoaiD2 (testnet)" at m/49'/1'/0'/0/0.
        assertEquals("2Mww8dCYPUpKHofjgcXcBCEGmniw9CoaiD2", ExtendedKeys.derive(BIP49_UPUB, 0, 0));
        // Mainnet m/49'/0'/0'/0/0 of the same mnemonic.
        assertEquals("37VucYSaXLCAsxYyAPfbSi9eh4iEcbShgf", ExtendedKeys.derive(MAINNET_YPUB, 0, 0));
    }

    @Test
    void bip44XpubDerivesLegacyAddresses() {
        // m/44'/0'/0'/0/0 of "abandon ×11 about".
        assertEquals("1LqBGSKuX5yYUonjxT5qGfpUsXKYYWeabA", ExtendedKeys.derive(BIP44_XPUB, 0, 0));
    }

    @Test
    void validKeysAreAcceptedWithTheirKind() {
        ExtendedKeyCheck zpub = ExtendedKeys.check(" " + BIP84_ZPUB + "\n", BitcoinNetwork.MAINNET);
        assertEquals(new ExtendedKeyCheck(true, BIP84_ZPUB, "zpub", "P2WPKH", null), zpub);
        assertEquals(new ExtendedKeyCheck(true, MAINNET_YPUB, "ypub", "P2SH-P2WPKH", null), ExtendedKeys.check(MAINNET_YPUB, BitcoinNetwork.MAINNET));
        assertEquals(new ExtendedKeyCheck(true, BIP44_XPUB, "xpub", "P2PKH", null), ExtendedKeys.check(BIP44_XPUB, BitcoinNetwork.MAINNET));
        assertEquals(new ExtendedKeyCheck(true, BIP329_XPUB, "xpub", "P2PKH", null), ExtendedKeys.check(BIP329_XPUB, BitcoinNetwork.MAINNET));
        assertEquals(new ExtendedKeyCheck(true, BIP49_UPUB, "upub", "P2SH-P2WPKH", null), ExtendedKeys.check(BIP49_UPUB, BitcoinNetwork.SIGNET));
    }

    @Test
    void privateKeysAreRefusedWithAWarning() {
        // BIP-84's account xprv (zprv spelling) and BIP-32 test vector 1's master xprv.
        assertEquals("zprv: never enter a private key; Umbra needs only the public key", ExtendedKeys.check(
                "zprvAdG4iTXWBoARxkkzNpNh8r6Qag3irQB8PzEMkAFeTRXxHpbF9z4QgEvBRmfvqWvGp42t42nvgGpNgYSJA9iefm1yYNZKEm7z6qUWCroSQnE",
                BitcoinNetwork.MAINNET).problem());
        assertEquals("xprv: never enter a private key; Umbra needs only the public key", ExtendedKeys.check(
                "xprv9s21ZrQH143K3QTDL4LXw2F7HEK3wJUD2nW2nRk4stbPy6cq3jPPqjiChkVvvNKmPGJxWUtg6LnF5kejMRNNU3TGtRBeJgk33yuGBxrMPHi",
                BitcoinNetwork.MAINNET).problem());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ExtendedKeys.derive(
                "xprv9s21ZrQH143K3QTDL4LXw2F7HEK3wJUD2nW2nRk4stbPy6cq3jPPqjiChkVvvNKmPGJxWUtg6LnF5kejMRNNU3TGtRBeJgk33yuGBxrMPHi", 0, 0));
        assertEquals("extended key: xprv: never enter a private key; Umbra needs only the public key", e.getMessage());
    }

    @Test
    void typosWrongNetworkAndGarbageAreNamed() {
        // One character changed in the middle (…Y4Q2… -> …Y4Q3…).
        String typo = BIP84_ZPUB.replace("y4Q2Aij", "y4Q3Aij");
        assertEquals("checksum does not match (a typo?)", ExtendedKeys.check(typo, BitcoinNetwork.MAINNET).problem());
        assertEquals("a mainnet key (zpub), but the ledger is on testnet", ExtendedKeys.check(BIP84_ZPUB, BitcoinNetwork.TESTNET).problem());
        assertEquals("a testnet key (upub), but the ledger is on mainnet", ExtendedKeys.check(BIP49_UPUB, BitcoinNetwork.MAINNET).problem());
        assertEquals("empty", ExtendedKeys.check("  ", BitcoinNetwork.MAINNET).problem());
        assertEquals("not an extended public key (bad characters)", ExtendedKeys.check("xpub0OIl", BitcoinNetwork.MAINNET).problem());
        // An address is base58check too, but 21 bytes, not 78.
        assertEquals("not an extended public key (wrong length)",
                ExtendedKeys.check("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", BitcoinNetwork.MAINNET).problem());
        ExtendedKeyCheck bad = ExtendedKeys.check(typo, BitcoinNetwork.MAINNET);
        assertFalse(bad.valid());
    }

    @Test
    void chainAndIndexAreChecked() {
        assertEquals("chain must be 0 (receive) or 1 (change), got 2",
                assertThrows(IllegalArgumentException.class, () -> ExtendedKeys.derive(BIP84_ZPUB, 2, 0)).getMessage());
        assertEquals("index must be 0 or more, got -1",
                assertThrows(IllegalArgumentException.class, () -> ExtendedKeys.derive(BIP84_ZPUB, 0, -1)).getMessage());
        assertTrue(ExtendedKeys.derive(BIP329_XPUB, 1, 5).startsWith("1"));
    }
}
