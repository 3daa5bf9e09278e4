package org.umbra.ledger;

/** The form a holding takes, with the rights it normally carries (the form suggests it; the user decides). */
public enum InstrumentKind {
    ONCHAIN("On-chain UTXOs / addresses", Rights.FINALITY),
    EXCHANGE_BALANCE("Exchange balance", Rights.CLAIM),
    WRAPPED_TOKEN("Wrapped token (cbBTC, WBTC)", Rights.CLAIM),
    ETF_SHARES("ETF shares (BTC-equivalent)", Rights.EXPOSURE),
    LENDING("Lending / Earn", Rights.CLAIM),
    DEFI("DeFi position", Rights.CLAIM),
    DERIVATIVE("Perp / futures exposure", Rights.EXPOSURE);

    private final String title;
    private final Rights usualRights;

    InstrumentKind(String title, Rights usualRights) {
        this.title = title;
        this.usualRights = usualRights;
    }

    public String title() {
        return title;
    }

    public Rights usualRights() {
        return usualRights;
    }

    public String id() {
        return Ids.of(this);
    }

    public static InstrumentKind fromId(String id) {
        return Ids.parse(values(), id, "instrument kind");
    }
}
