package org.umbra.alerts;

/**
 * A rule's condition read from the inputs: whether it holds, and the message for either outcome (naming the value and
 * the threshold), used when the rule fires or clears.
 */
public record Reading(boolean met, String message) {
}
