package org.umbra.ledger;

/** What a holding really gives its owner (DOMAIN.md, "shadow bitcoin"). */
public enum Rights {
    /** UTXOs under the user's own keys: final settlement needs nobody's permission. */
    FINALITY("Finality", "coins on chain under your own key"),
    /** A promise to hand BTC back: an exchange balance, wrapped BTC, a lending balance. */
    CLAIM("Claim", "a promise to hand BTC back"),
    /** The price only, never the coin: ETF shares, perps and futures. */
    EXPOSURE("Exposure", "the price, never the coin");

    private final String title;
    private final String meaning;

    Rights(String title, String meaning) {
        this.title = title;
        this.meaning = meaning;
    }

    public String title() {
        return title;
    }

    public String meaning() {
        return meaning;
    }

    public String id() {
        return Ids.of(this);
    }

    public static Rights fromId(String id) {
        return Ids.parse(values(), id, "rights");
    }
}
