package org.umbra.ledger.chain;

/** The best block as the Esplora server knows it; {@code timeMs} is the block header's time in UTC epoch milliseconds. */
public record ChainTip(String hash, int height, long timeMs) {
}
