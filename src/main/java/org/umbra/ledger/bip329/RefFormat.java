package org.umbra.ledger.bip329;

/**
 * The shape the spec gives {@code ref} for each record type. Hex-based refs are checked here; addresses and
 * extended keys go to the {@link RefValidator}. Problems name the field and say what was expected.
 */
final class RefFormat {
    private static final int TXID_HEX_CHARS = 64;
    private static final long MAX_INDEX = 0xFFFF_FFFFL;

    private final RefValidator validator;

    RefFormat(RefValidator validator) {
        this.validator = validator;
    }

    /** Null when {@code ref} fits {@code type}, otherwise the problem (without the line number). */
    String problem(LabelType type, String ref) {
        return switch (type) {
            case TX -> prefixed("\"ref\" of a tx record must be a transaction id of 64 hex characters", txidProblem(ref));
            case INPUT, OUTPUT -> prefixed("\"ref\" of an " + type.wireName() + " record must be txid:index", outpointProblem(ref));
            case PUBKEY -> prefixed("\"ref\" of a pubkey record must be a public key in hex (33 or 65 bytes, or 32 x-only)",
                    pubkeyProblem(ref));
            case ADDR -> prefixed("\"ref\" of an addr record is not an address", validator.addressProblem(ref));
            case XPUB -> prefixed("\"ref\" of an xpub record is not an extended public key", validator.extendedKeyProblem(ref));
        };
    }

    private static String prefixed(String expectation, String problem) {
        return problem == null ? null : expectation + ": " + problem;
    }

    private static String txidProblem(String hex) {
        String bad = nonHex(hex);
        if (bad != null) {
            return bad;
        }
        return hex.length() == TXID_HEX_CHARS ? null : "found " + hex.length() + " characters";
    }

    private static String outpointProblem(String ref) {
        int colon = ref.lastIndexOf(':');
        if (colon < 0) {
            return "there is no ':' before the index";
        }
        String txid = txidProblem(ref.substring(0, colon));
        if (txid != null) {
            return "the txid part is wrong: " + txid;
        }
        return indexProblem(ref.substring(colon + 1));
    }

    private static String indexProblem(String index) {
        if (index.isEmpty()) {
            return "the index after ':' is missing";
        }
        for (int i = 0; i < index.length(); i++) {
            if (index.charAt(i) < '0' || index.charAt(i) > '9') {
                return "the index \"" + index + "\" is not a whole number of 0 or more";
            }
        }
        if (index.length() > 1 && index.charAt(0) == '0') {
            return "the index \"" + index + "\" has a leading zero";
        }
        if (index.length() > 10 || Long.parseLong(index) > MAX_INDEX) {
            return "the index " + index + " is larger than " + MAX_INDEX;
        }
        return null;
    }

    private static String pubkeyProblem(String hex) {
        String bad = nonHex(hex);
        if (bad != null) {
            return bad;
        }
        if (hex.length() % 2 != 0) {
            return "found an odd number of hex characters (" + hex.length() + ")";
        }
        int bytes = hex.length() / 2;
        String prefix = hex.substring(0, Math.min(2, hex.length()));
        return switch (bytes) {
            case 32 -> null;
            case 33 -> prefix.equals("02") || prefix.equals("03") ? null
                    : "a 33-byte (compressed) key starts with 02 or 03, this one with " + prefix;
            case 65 -> prefix.equals("04") ? null : "a 65-byte (uncompressed) key starts with 04, this one with " + prefix;
            default -> "found " + bytes + " bytes";
        };
    }

    /** Null when every character is a hex digit (either case), otherwise the first that is not. */
    private static String nonHex(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F')) {
                return "'" + new String(Character.toChars(s.codePointAt(i))) + "' at position " + (i + 1) + " is not a hex digit";
            }
        }
        return null;
    }
}
