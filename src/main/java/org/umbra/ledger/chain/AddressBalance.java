package org.umbra.ledger.chain;

/**
 * One address as Esplora sees it, in satoshis.
 *
 * @param confirmedSats   funded minus spent in confirmed transactions, never negative
 * @param unconfirmedSats funded minus spent in mempool transactions; negative while a spend of confirmed coins waits
 * @param txCount         confirmed plus mempool transactions touching the address; 0 means never used
 */
public record AddressBalance(String address, long confirmedSats, long unconfirmedSats, int txCount) {
}
