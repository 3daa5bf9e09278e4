package org.umbra.ledger.chain;

import java.util.Locale;
import org.bitcoinj.base.Base58;
import org.bitcoinj.base.Bech32;
import org.bitcoinj.base.LegacyAddress;
import org.bitcoinj.base.SegwitAddress;
import org.bitcoinj.base.exceptions.AddressFormatException;

/**
 * Checks a Bitcoin address as the user types it. bitcoinj does the decoding and the checksums; this class
 * only turns what bitcoinj finds into words a user can act on ("checksum does not match (a typo?)", "a
 * testnet address, but the ledger is on mainnet"), and checks the network before bitcoinj does, because
 * bitcoinj reports a wrong network as an unknown prefix.
 */
public final class Addresses {
    static final String EMPTY = "empty";
    static final String BAD_CHARACTERS = "not a Bitcoin address (bad characters)";
    static final String BAD_CHECKSUM = "checksum does not match (a typo?)";

    private static final int P2PKH_MAIN = 0;
    private static final int P2SH_MAIN = 5;
    private static final int P2PKH_TEST = 111;
    private static final int P2SH_TEST = 196;
    private static final int WIF_MAIN = 0x80;
    private static final int WIF_TEST = 0xef;
    private static final String BASE58_ALPHABET = new String(Base58.ALPHABET);

    private Addresses() {
    }

    public static AddressCheck check(String text, BitcoinNetwork expected) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            return AddressCheck.invalid(trimmed, EMPTY);
        }
        String lower = trimmed.toLowerCase(Locale.ROOT);
        if (lower.startsWith("bc1") || lower.startsWith("tb1") || lower.startsWith("bcrt1")) {
            return checkBech32(trimmed, expected);
        }
        return checkBase58(trimmed, expected);
    }

    private static AddressCheck checkBech32(String text, BitcoinNetwork expected) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (!text.equals(lower) && !text.equals(text.toUpperCase(Locale.ROOT))) {
            return AddressCheck.invalid(text, "mixes upper and lower case (a bech32 address is all one case)");
        }
        Bech32.Bech32Data data;
        try {
            data = Bech32.decode(lower);
        } catch (AddressFormatException.InvalidCharacter e) {
            return AddressCheck.invalid(lower, BAD_CHARACTERS);
        } catch (AddressFormatException.InvalidChecksum e) {
            return AddressCheck.invalid(lower, BAD_CHECKSUM);
        } catch (AddressFormatException e) {
            return AddressCheck.invalid(lower, "not a Bitcoin address (" + e.getMessage() + ")");
        }
        String family = switch (data.hrp) {
            case "bc" -> "mainnet";
            case "tb" -> "testnet";
            default -> "regtest";
        };
        boolean networkMatches = switch (expected) {
            case MAINNET -> data.hrp.equals("bc");
            case TESTNET, SIGNET -> data.hrp.equals("tb");
            case REGTEST -> data.hrp.equals("bcrt");
        };
        if (!networkMatches) {
            return wrongNetwork(lower, family, expected);
        }
        byte[] groups = data.bytes();
        if (groups.length == 0) {
            return AddressCheck.invalid(lower, "not a Bitcoin address (no witness program)");
        }
        int version = groups[0];
        if (version > 16) {
            return AddressCheck.invalid(lower, "not a Bitcoin address (segwit version " + version + " does not exist)");
        }
        // BIP-350: one checksum constant per version, so a v0 address in bech32m (or v1+ in bech32) is a different string.
        if (version == 0 && data.encoding != Bech32.Encoding.BECH32) {
            return AddressCheck.invalid(lower, "segwit v0 address must use bech32, not bech32m");
        }
        if (version > 0 && data.encoding != Bech32.Encoding.BECH32M) {
            return AddressCheck.invalid(lower, "segwit v1+ address must use bech32m");
        }
        SegwitAddress address;
        try {
            address = SegwitAddress.fromBech32(lower, expected.library());
        } catch (AddressFormatException.InvalidDataLength e) {
            // bitcoinj also refuses v1 programs that are not 32 bytes: valid by BIP-350, but no wallet makes them.
            return AddressCheck.invalid(lower, "wrong length for a segwit v" + version + " address");
        } catch (AddressFormatException e) {
            return AddressCheck.invalid(lower, "not a Bitcoin address (" + e.getMessage() + ")");
        }
        int programLength = address.getWitnessProgram().length;
        String kind;
        if (version == 0) {
            kind = programLength == 20 ? "P2WPKH" : "P2WSH";
        } else if (version == 1 && programLength == 32) {
            kind = "P2TR";
        } else {
            kind = "other segwit";
        }
        return AddressCheck.ok(lower, kind);
    }

    private static AddressCheck checkBase58(String text, BitcoinNetwork expected) {
        if (!isBase58(text)) {
            return AddressCheck.invalid(text, BAD_CHARACTERS);
        }
        byte[] payload;
        try {
            payload = Base58.decodeChecked(text);
        } catch (AddressFormatException.InvalidChecksum e) {
            return AddressCheck.invalid(text, BAD_CHECKSUM);
        } catch (AddressFormatException e) {
            return AddressCheck.invalid(text, "too short for a Bitcoin address");
        }
        int version = payload.length == 0 ? -1 : payload[0] & 0xff;
        if ((version == WIF_MAIN || version == WIF_TEST) && (payload.length == 33 || payload.length == 34)) {
            return AddressCheck.invalid(text, "a private key: never enter a private key; Umbra needs only the address");
        }
        if (payload.length == 78) {
            return AddressCheck.invalid(text, "an extended key (xpub…), not an address: enter it as an extended public key");
        }
        if (payload.length != 21) {
            return AddressCheck.invalid(text, "wrong length for a Bitcoin address");
        }
        boolean main = version == P2PKH_MAIN || version == P2SH_MAIN;
        boolean test = version == P2PKH_TEST || version == P2SH_TEST;
        if (!main && !test) {
            return AddressCheck.invalid(text, "not a Bitcoin address (unknown version byte " + version + ")");
        }
        if (main == expected.usesTestPrefixes()) {
            return wrongNetwork(text, main ? "mainnet" : "testnet", expected);
        }
        LegacyAddress address = LegacyAddress.fromBase58(text, expected.library());
        return AddressCheck.ok(text, address.p2sh ? "P2SH" : "P2PKH");
    }

    private static AddressCheck wrongNetwork(String address, String family, BitcoinNetwork expected) {
        return AddressCheck.invalid(address, "a " + family + " address, but the ledger is on " + expected.displayName());
    }

    static boolean isBase58(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (BASE58_ALPHABET.indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }
}
