package org.umbra.ledger.bip329;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class CharacterSetRefValidatorTest {
    private final CharacterSetRefValidator v = new CharacterSetRefValidator();

    @Test
    void acceptsBase58AndSingleCaseBech32Addresses() {
        assertNull(v.addressProblem("1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2"));
        assertNull(v.addressProblem("3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy"));
        assertNull(v.addressProblem("bc1q34aq5drpuwy3wgl9lhup9892qp6svr8ldzyy7c"));
        assertNull(v.addressProblem("BC1Q34AQ5DRPUWY3WGL9LHUP9892QP6SVR8LDZYY7C"));
        assertNull(v.addressProblem("tb1qw508d6qejxtdg4y5r3zarvary0c5xw7kxpjzsx"));
    }

    @Test
    void namesTheCharacterThatFitsNeitherAlphabet() {
        // '0' is not base58, and a string with no '1' after its first character cannot be bech32
        assertEquals("'0' at position 34 is not a base58 character", v.addressProblem("3J98t1WpEZ73CNmQviecrnyiWrnqRhWNL0"));
        // 'i' is base58 but not bech32; the other characters make it bech32 only (lower case, '1' separator, '0' and 'l')
        assertEquals("'i' at position 5 is not a bech32 character", v.addressProblem("bc1qi4aq5drpuwy3wgl9lhup9892qp6svr8ldzyy7c"));
        assertEquals("it mixes upper and lower case, which bech32 does not allow", v.addressProblem("bc1Q34aq5drpuwy3wgl9lhup9892qp6svr8ldzyy7c"));
        assertEquals("it contains a space or control character at position 35", v.addressProblem("1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2\n"));
    }

    @Test
    void extendedKeysMustBeBase58() {
        assertNull(v.extendedKeyProblem("xpub661MyMwAqRbcFtXgS5sYJABqqG9YLmC4Q1Rdap9gSE8NqtwybGhePY2gZ29ESFjqJoCu1Rupje8YtGqsefD265TMg7usUDFdp6W1EGMcet8"));
        assertEquals("'l' at position 5 is not a base58 character", v.extendedKeyProblem("xpubl61MyMw"));
        assertEquals("it contains a space or control character at position 1", v.extendedKeyProblem(" xpub661MyMw"));
    }
}
