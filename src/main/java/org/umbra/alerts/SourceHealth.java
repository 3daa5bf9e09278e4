package org.umbra.alerts;

/**
 * A source as the alerts see it.
 *
 * @param unhealthySinceMs when it was first seen failing (offline, rate limited, failing) without a success since; 0 when healthy
 */
public record SourceHealth(String sourceId, boolean healthy, long unhealthySinceMs, String reason) {
}
