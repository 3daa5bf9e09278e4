package org.umbra.market.cftc;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.umbra.market.Asset;

/**
 * The CME crypto futures Umbra reads from the CFTC report, by CFTC contract market code.
 *
 * <p>The CFTC rows carry open interest in <b>contracts</b> only; the coin size of a contract is not a numeric field
 * of the row (only a free-text {@code contract_units} such as "(5 Bitcoins)"), so it is this documented table.
 * Sizes from CME Group's contract specifications (cmegroup.com: Bitcoin futures "5 bitcoin", Micro Bitcoin futures
 * "0.1 bitcoin", Ether futures "50 ether", Micro Ether futures "0.1 ether"; team venue notes
 * /shared/venues/cftc.md). Standard and micro contracts are separate instruments and are never added together.
 */
final class CftcContracts {
    /** One contract market: its code, the coin and how much of it one contract is. */
    record Contract(String code, String label, Asset asset, BigDecimal coinPerContract) {
    }

    static final List<Contract> ALL = List.of(
            new Contract("133741", "CME Bitcoin (5 BTC)", Asset.BTC, new BigDecimal("5")),
            new Contract("133742", "CME Micro Bitcoin (0.1 BTC)", Asset.BTC, new BigDecimal("0.1")),
            new Contract("146021", "CME Ether (50 ETH)", Asset.ETH, new BigDecimal("50")),
            new Contract("146022", "CME Micro Ether (0.1 ETH)", Asset.ETH, new BigDecimal("0.1")));

    static final Map<String, Contract> BY_CODE = ALL.stream().collect(Collectors.toUnmodifiableMap(Contract::code, c -> c));

    private CftcContracts() {
    }

    /** Open interest in coin: contracts × the contract's coin size. */
    static BigDecimal coin(Contract contract, BigDecimal contracts) {
        return contracts.multiply(contract.coinPerContract());
    }
}
