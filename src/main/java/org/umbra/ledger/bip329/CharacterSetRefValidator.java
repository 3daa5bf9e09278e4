package org.umbra.ledger.bip329;

/**
 * The stand-in {@link RefValidator} until a real Bitcoin library checks refs: it only looks at the characters.
 * An address must be base58 or bech32 (human-readable part, the separator '1', data in the bech32 alphabet,
 * one case); an extended key must be base58. Neither may hold spaces or control characters. Checksums,
 * lengths and networks are not checked.
 */
public final class CharacterSetRefValidator implements RefValidator {
    private static final String BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    private static final String BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";

    @Override
    public String addressProblem(String address) {
        String blank = blankProblem(address);
        if (blank != null) {
            return blank;
        }
        if (firstOutside(address, 0, BASE58) < 0) {
            return null;
        }
        int separator = address.lastIndexOf('1');
        boolean mixedCase = !address.equals(address.toLowerCase()) && !address.equals(address.toUpperCase());
        if (separator >= 1 && separator < address.length() - 1) {
            int bad = firstOutside(address.toLowerCase(), separator + 1, BECH32);
            if (bad < 0) {
                return mixedCase ? "it mixes upper and lower case, which bech32 does not allow" : null;
            }
            if (!mixedCase) {
                return characterProblem(address, bad, "bech32");
            }
        }
        return characterProblem(address, firstOutside(address, 0, BASE58), "base58");
    }

    @Override
    public String extendedKeyProblem(String extendedKey) {
        String blank = blankProblem(extendedKey);
        if (blank != null) {
            return blank;
        }
        int bad = firstOutside(extendedKey, 0, BASE58);
        return bad < 0 ? null : characterProblem(extendedKey, bad, "base58");
    }

    private static String blankProblem(String ref) {
        for (int i = 0; i < ref.length(); i++) {
            char c = ref.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)) {
                return "it contains a space or control character at position " + (i + 1);
            }
        }
        return null;
    }

    /** Index of the first char from {@code from} that is not in {@code alphabet}, or -1. */
    private static int firstOutside(String s, int from, String alphabet) {
        for (int i = from; i < s.length(); i++) {
            if (alphabet.indexOf(s.charAt(i)) < 0) {
                return i;
            }
        }
        return -1;
    }

    private static String characterProblem(String s, int index, String alphabet) {
        String shown = new String(Character.toChars(s.codePointAt(index)));
        return "'" + shown + "' at position " + (index + 1) + " is not a " + alphabet + " character";
    }
}
