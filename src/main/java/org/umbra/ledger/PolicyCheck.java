package org.umbra.ledger;

/**
 * One line of the policy checklist.
 *
 * @param id     stable, for alert rules: {@code yield-max}, {@code settlement-min}, {@code claims-exit}, {@code drills}
 * @param detail the numbers behind the verdict, in words
 */
public record PolicyCheck(String id, String title, boolean passed, String detail) {
}
