package org.umbra.ledger.chain;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import org.bitcoinj.base.Base58;
import org.bitcoinj.base.ScriptType;
import org.bitcoinj.base.exceptions.AddressFormatException;
import org.bitcoinj.crypto.ChildNumber;
import org.bitcoinj.crypto.DeterministicKey;
import org.bitcoinj.crypto.HDKeyDerivation;
import org.bitcoinj.script.ScriptBuilder;

/**
 * Extended public keys (BIP-32) in the SLIP-132 spellings wallets export: xpub/ypub/zpub on mainnet,
 * tpub/upub/vpub on the test networks. The prefix says which addresses the wallet uses (BIP-44 P2PKH,
 * BIP-49 P2SH-P2WPKH, BIP-84 P2WPKH). bitcoinj reads only the xpub/tpub spellings, so the version bytes
 * are swapped for those before bitcoinj decodes the key; derivation and address encoding are bitcoinj's.
 */
public final class ExtendedKeys {
    /** One SLIP-132 version: the prefix it shows, its public and private version bytes, and what it derives. */
    private record Format(String prefix, int publicVersion, int privateVersion, boolean mainnet, String addressKind) {
    }

    private static final int XPUB = 0x0488B21E;
    private static final int TPUB = 0x043587CF;
    private static final List<Format> FORMATS = List.of(
            new Format("xpub", XPUB, 0x0488ADE4, true, "P2PKH"),
            new Format("ypub", 0x049D7CB2, 0x049D7878, true, "P2SH-P2WPKH"),
            new Format("zpub", 0x04B24746, 0x04B2430C, true, "P2WPKH"),
            new Format("tpub", TPUB, 0x04358394, false, "P2PKH"),
            new Format("upub", 0x044A5262, 0x044A4E28, false, "P2SH-P2WPKH"),
            new Format("vpub", 0x045F1CF6, 0x045F18BC, false, "P2WPKH"));
    /** SLIP-132 multisig account keys (Ypub, Zpub, Upub, Vpub): their addresses need every cosigner's key. */
    private static final List<Integer> MULTISIG_VERSIONS = List.of(0x0295B43F, 0x02AA7ED3, 0x024289EF, 0x02575483);
    private static final int SERIALIZED_LENGTH = 78;

    private ExtendedKeys() {
    }

    /** A key decoded and checked, or the problem that stopped it. */
    private record Parsed(Format format, DeterministicKey key, String problem) {
    }

    public static ExtendedKeyCheck check(String text, BitcoinNetwork expected) {
        String trimmed = text == null ? "" : text.strip();
        Parsed parsed = parse(trimmed);
        if (parsed.problem() != null) {
            return new ExtendedKeyCheck(false, trimmed, parsed.format() == null ? null : parsed.format().prefix(), null, parsed.problem());
        }
        Format format = parsed.format();
        if (format.mainnet() == expected.usesTestPrefixes()) {
            String problem = "a " + (format.mainnet() ? "mainnet" : "testnet") + " key (" + format.prefix()
                    + "), but the ledger is on " + expected.displayName();
            return new ExtendedKeyCheck(false, trimmed, format.prefix(), null, problem);
        }
        return new ExtendedKeyCheck(true, trimmed, format.prefix(), format.addressKind(), null);
    }

    /**
     * The address at {@code chain/index} below the key (the key is the account, as wallets export it:
     * m/44'/0'/0' and so on). Mainnet prefixes give mainnet addresses, test prefixes testnet ones (tb1…, m/n/2…).
     *
     * @param chain 0 for receive addresses, 1 for change
     * @throws IllegalArgumentException naming what is wrong with the key, the chain or the index
     */
    public static String derive(String key, int chain, int index) {
        if (chain != 0 && chain != 1) {
            throw new IllegalArgumentException("chain must be 0 (receive) or 1 (change), got " + chain);
        }
        if (index < 0) {
            throw new IllegalArgumentException("index must be 0 or more, got " + index);
        }
        Parsed parsed = parse(key == null ? "" : key.strip());
        if (parsed.problem() != null) {
            throw new IllegalArgumentException("extended key: " + parsed.problem());
        }
        DeterministicKey child = HDKeyDerivation.deriveChildKey(
                HDKeyDerivation.deriveChildKey(parsed.key(), new ChildNumber(chain, false)), new ChildNumber(index, false));
        org.bitcoinj.base.BitcoinNetwork network = parsed.format().mainnet()
                ? org.bitcoinj.base.BitcoinNetwork.MAINNET : org.bitcoinj.base.BitcoinNetwork.TESTNET;
        return switch (parsed.format().addressKind()) {
            case "P2PKH" -> child.toAddress(ScriptType.P2PKH, network).toString();
            case "P2WPKH" -> child.toAddress(ScriptType.P2WPKH, network).toString();
            // BIP-49: the P2WPKH output script is the redeem script of a P2SH address.
            default -> ScriptBuilder.createP2SHOutputScript(ScriptBuilder.createP2WPKHOutputScript(child)).getToAddress(network).toString();
        };
    }

    private static Parsed parse(String text) {
        if (text.isEmpty()) {
            return new Parsed(null, null, Addresses.EMPTY);
        }
        if (!Addresses.isBase58(text)) {
            return new Parsed(null, null, "not an extended public key (bad characters)");
        }
        byte[] bytes;
        try {
            bytes = Base58.decodeChecked(text);
        } catch (AddressFormatException.InvalidChecksum e) {
            return new Parsed(null, null, Addresses.BAD_CHECKSUM);
        } catch (AddressFormatException e) {
            return new Parsed(null, null, "not an extended public key (too short)");
        }
        if (bytes.length != SERIALIZED_LENGTH) {
            return new Parsed(null, null, "not an extended public key (wrong length)");
        }
        int version = ByteBuffer.wrap(bytes).getInt();
        for (Format format : FORMATS) {
            if (version == format.privateVersion()) {
                String privatePrefix = format.prefix().substring(0, 1) + "prv";
                return new Parsed(null, null, privatePrefix + ": never enter a private key; Umbra needs only the public key");
            }
        }
        if (MULTISIG_VERSIONS.contains(version)) {
            return new Parsed(null, null, "a multisig key (" + text.substring(0, 4) + "): not supported; enter the addresses instead");
        }
        Format format = FORMATS.stream().filter(f -> f.publicVersion() == version).findFirst().orElse(null);
        if (format == null) {
            return new Parsed(null, null, "not an extended public key (unknown prefix " + text.substring(0, Math.min(4, text.length())) + ")");
        }
        byte[] standard = Arrays.copyOf(bytes, bytes.length);
        ByteBuffer.wrap(standard).putInt(format.mainnet() ? XPUB : TPUB);
        try {
            DeterministicKey key = DeterministicKey.deserialize(format.mainnet()
                    ? org.bitcoinj.base.BitcoinNetwork.MAINNET : org.bitcoinj.base.BitcoinNetwork.TESTNET, standard);
            key.getPubKeyPoint(); // decodes the point now: a key off the curve fails here, not at the first derivation
            return new Parsed(format, key, null);
        } catch (IllegalArgumentException | IllegalStateException e) {
            return new Parsed(format, null, "not a valid extended public key (" + e.getMessage() + ")");
        }
    }
}
