package org.umbra.ledger.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AddressesTest {
    private static void assertValid(String address, BitcoinNetwork network, String kind) {
        AddressCheck check = Addresses.check(address, network);
        assertTrue(check.valid(), address + ": " + check.problem());
        assertEquals(kind, check.kind(), address);
        assertNull(check.problem());
    }

    private static void assertProblem(String address, BitcoinNetwork network, String problem) {
        AddressCheck check = Addresses.check(address, network);
        assertFalse(check.valid(), address);
        assertEquals(problem, check.problem(), address);
        assertNull(check.kind());
    }

    /** Real addresses: each is accepted, and the same address with one character changed is rejected by its checksum. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            // genesis block coinbase (P2PKH); typo: last a -> b
            "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa, 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb, MAINNET, P2PKH",
            // BIP-13/16 example P2SH; typo: J98 -> J99
            "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy, 3J99t1WpEZ73CNmQviecrnyiWrnqRhWNLy, MAINNET, P2SH",
            // P2WPKH; typo: ar0s -> ar1s
            "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq, bc1qar1srrr7xfkvy5l643lydnw9re59gtzzwf5mdq, MAINNET, P2WPKH",
            // BIP-173 P2WSH vector, 62 characters; typo: rp33 -> rp34
            "bc1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3qccfmv3, bc1qrp34g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3qccfmv3, MAINNET, P2WSH",
            // BIP-350 taproot vector; typo: 0xlx -> 0xlz
            "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0, bc1p0xlzvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0, MAINNET, P2TR",
            // BIP-173 testnet P2WPKH; typo: w508 -> w509
            "tb1qw508d6qejxtdg4y5r3zarvary0c5xw7kxpjzsx, tb1qw509d6qejxtdg4y5r3zarvary0c5xw7kxpjzsx, TESTNET, P2WPKH",
            // BIP-350 testnet taproot on signet (same tb prefix); typo: qqqqp -> qqqqq
            "tb1pqqqqp399et2xygdj5xreqhjjvcmzhxw4aywxecjdzew6hylgvsesf3hn0c, tb1pqqqqq399et2xygdj5xreqhjjvcmzhxw4aywxecjdzew6hylgvsesf3hn0c, SIGNET, P2TR",
    })
    void realAddressesAreAcceptedAndAOneCharacterTypoIsNot(String address, String typo, BitcoinNetwork network, String kind) {
        assertValid(address, network, kind);
        assertProblem(typo, network, "checksum does not match (a typo?)");
    }

    @Test
    void textIsTrimmedAndBech32LowerCased() {
        AddressCheck upper = Addresses.check("  BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4 \n", BitcoinNetwork.MAINNET);
        assertTrue(upper.valid(), upper.problem());
        assertEquals("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4", upper.address());
        // Base58 is case-sensitive: only trimmed.
        assertEquals("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", Addresses.check(" 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa ", BitcoinNetwork.MAINNET).address());
    }

    @Test
    void otherSegwitVersionsAreAcceptedAsSuch() {
        // BIP-350 valid vectors: version 2 with 16 bytes, version 16 with 2 bytes.
        assertValid("bc1zw508d6qejxtdg4y5r3zarvaryvaxxpcs", BitcoinNetwork.MAINNET, "other segwit");
        assertValid("BC1SW50QGDZ25J", BitcoinNetwork.MAINNET, "other segwit");
    }

    @Test
    void problemsAreNamedInUserWords() {
        assertProblem("   ", BitcoinNetwork.MAINNET, "empty");
        assertProblem(null, BitcoinNetwork.MAINNET, "empty");
        // 0, O, I and l are not in base58.
        assertProblem("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfN0", BitcoinNetwork.MAINNET, "not a Bitcoin address (bad characters)");
        assertProblem("hello world", BitcoinNetwork.MAINNET, "not a Bitcoin address (bad characters)");
        assertProblem("tb1qw508d6qejxtdg4y5r3zarvary0c5xw7kxpjzsx", BitcoinNetwork.MAINNET, "a testnet address, but the ledger is on mainnet");
        // BIP-49's testnet P2SH vector address: testnet prefixes serve testnet, signet and regtest alike.
        assertProblem("2Mww8dCYPUpKHofjgcXcBCEGmniw9CoaiD2", BitcoinNetwork.MAINNET, "a testnet address, but the ledger is on mainnet");
        assertValid("2Mww8dCYPUpKHofjgcXcBCEGmniw9CoaiD2", BitcoinNetwork.TESTNET, "P2SH");
        assertValid("2Mww8dCYPUpKHofjgcXcBCEGmniw9CoaiD2", BitcoinNetwork.REGTEST, "P2SH");
        assertProblem("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", BitcoinNetwork.TESTNET, "a mainnet address, but the ledger is on testnet");
        assertProblem("bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq", BitcoinNetwork.SIGNET, "a mainnet address, but the ledger is on signet");
        // Regtest has its own bech32 prefix; tb1 is not regtest.
        assertProblem("tb1qw508d6qejxtdg4y5r3zarvary0c5xw7kxpjzsx", BitcoinNetwork.REGTEST, "a testnet address, but the ledger is on regtest");
        // The BIP-84 vector's xpub and BIP-32 test vector 1 master key: keys, not addresses.
        assertProblem("xpub661MyMwAqRbcFtXgS5sYJABqqG9YLmC4Q1Rdap9gSE8NqtwybGhePY2gZ29ESFjqJoCu1Rupje8YtGqsefD265TMg7usUDFdp6W1EGMcet8",
                BitcoinNetwork.MAINNET, "an extended key (xpub…), not an address: enter it as an extended public key");
        // BIP-84 vector's first private key (WIF): never accepted as an address.
        assertProblem("KyZpNDKnfs94vbrwhJneDi77V6jF64PWPF8x5cdJb8ifgg2DUc9d", BitcoinNetwork.MAINNET,
                "a private key: never enter a private key; Umbra needs only the address");
    }

    /** BIP-173 and BIP-350 invalid address vectors, each with the problem Umbra names. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // invalid human-readable part: not bc/tb/bcrt, so it is read as base58, which has no '0' or 'l'
            "tc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vq5zuyut | not a Bitcoin address (bad characters)",
            // bech32 instead of bech32m: the bech32m checksum fails
            "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqh2y7hd | segwit v1+ address must use bech32m",
            "BC1S0XLXVLHEMJA6C4DQV22UAPCTQUPFHLXM9H8Z3K2E72Q4K9HCZ7VQ54WELL | segwit v1+ address must use bech32m",
            // bech32m instead of bech32 for version 0
            "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kemeawh | segwit v0 address must use bech32, not bech32m",
            // 'o' in the checksum
            "bc1p38j9r5y49hruaue7wxjce0updqjuyyx0kh56v8s25huc6995vvpql3jow4 | not a Bitcoin address (bad characters)",
            // witness version 17
            "BC130XLXVLHEMJA6C4DQV22UAPCTQUPFHLXM9H8Z3K2E72Q4K9HCZ7VQ7ZWS8R | not a Bitcoin address (segwit version 17 does not exist)",
            // program of 1 byte, of 41 bytes, and 16 bytes for version 0 (BIP-141 allows 20 or 32)
            "bc1pw5dgrnzv | wrong length for a segwit v1 address",
            "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7v8n0nx0muaewav253zgeav | wrong length for a segwit v1 address",
            "BC1QR508D6QEJXTDG4Y5R3ZARVARYV98GJ9P | wrong length for a segwit v0 address",
            "tb1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vq47Zagq | mixes upper and lower case (a bech32 address is all one case)",
            // BIP-173: mixed case
            "tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3q0sL5k7 | mixes upper and lower case (a bech32 address is all one case)",
    })
    void bip173AndBip350InvalidVectorsAreRejected(String address, String problem) {
        BitcoinNetwork network = address.toLowerCase().startsWith("tb1") ? BitcoinNetwork.TESTNET : BitcoinNetwork.MAINNET;
        assertProblem(address, network, problem);
    }

    @Test
    void paddingAndEmptyDataVectorsAreRejected() {
        // BIP-350: zero padding of more than 4 bits and non-zero padding (bitcoinj's wording kept), empty data section.
        String padding = "not a Bitcoin address (Could not convert bits, invalid padding)";
        assertProblem("bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7v07qwwzcrf", BitcoinNetwork.MAINNET, padding);
        assertProblem("tb1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vpggkg4j", BitcoinNetwork.TESTNET, padding);
        assertProblem("bc1gmk9yu", BitcoinNetwork.MAINNET, "not a Bitcoin address (no witness program)");
    }
}
