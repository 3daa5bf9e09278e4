package org.umbra.ledger.bip329;

/**
 * Checks the refs whose validity needs Bitcoin encodings (checksums, networks): addresses and extended keys.
 * Each method returns null when the ref is fine, otherwise what is wrong, in words a user can act on
 * (e.g. "its checksum does not match"); the reader puts the line number and field in front.
 */
public interface RefValidator {
    String addressProblem(String address);

    String extendedKeyProblem(String extendedKey);
}
