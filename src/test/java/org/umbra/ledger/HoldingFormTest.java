package org.umbra.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HoldingFormTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    /** Accepts only the one address these tests use. */
    private static final WatchCheck WATCH = entry -> entry.equals(LedgerFixtures.ADDRESS) ? null : "checksum does not match (a typo?)";

    private static HoldingForm form(String amount, Rights rights, String venue, String watch) {
        return new HoldingForm(" Cold wallet ", amount, Amounts.Unit.BTC, "", Ledger.SETTLEMENT, rights, InstrumentKind.ONCHAIN, venue,
                "2021-03-01", "long-term, cold , long-term", "note", watch);
    }

    @Test
    void aValidFormGivesTheHoldingCleaned() {
        HoldingForm.Result r = form("0.5", Rights.FINALITY, "", LedgerFixtures.ADDRESS + "\n" + LedgerFixtures.ADDRESS).check(null, TODAY, WATCH);
        assertTrue(r.ok(), r.problems().toString());
        Holding h = r.holding();
        assertEquals("Cold wallet", h.label());
        assertEquals(50_000_000L, h.amountSats());
        assertEquals("BTC", h.asset());
        assertEquals(List.of("long-term", "cold"), h.tags());
        assertEquals(List.of(LedgerFixtures.ADDRESS), h.watch());
        assertEquals(LocalDate.of(2021, 3, 1), h.opened());
    }

    @Test
    void everyBadFieldIsNamedAtOnceAndNothingIsBuilt() {
        HoldingForm f = new HoldingForm("", "0,5", Amounts.Unit.BTC, "B T C", Ledger.WORKING, Rights.CLAIM, InstrumentKind.EXCHANGE_BALANCE,
                "", "2027-01-01", "", "", "bc1qtypo");
        HoldingForm.Result r = f.check(null, TODAY, WATCH);
        assertNull(r.holding());
        assertEquals(Map.of(
                HoldingForm.Field.LABEL, "Label: give the holding a name (e.g. 'Cold wallet', 'Kraken spot')",
                HoldingForm.Field.AMOUNT, "Amount: use a dot as the decimal point (0.5, not 0,5)",
                HoldingForm.Field.ASSET, "Asset: a short ticker such as BTC, cbBTC, WBTC or IBIT",
                HoldingForm.Field.VENUE, "Venue: name who holds it (an exchange, custodian, fund or platform): its exit path is kept"
                        + " under that name",
                HoldingForm.Field.OPENED, "Opened: 2027-01-01 is in the future",
                HoldingForm.Field.WATCH, "Watch-only 'bc1qtypo': checksum does not match (a typo?)"), r.problems());
    }

    @Test
    void anAmountMayBeLeftEmptyOnlyForFinalityWithAnAddressToVerify() {
        assertTrue(form("", Rights.FINALITY, "", LedgerFixtures.ADDRESS).check(null, TODAY, WATCH).ok());
        assertEquals("Amount: enter an amount (it may be left empty only for coins under your key with an address to verify)",
                form("", Rights.FINALITY, "", "").check(null, TODAY, WATCH).problems().get(HoldingForm.Field.AMOUNT));
        assertTrue(form("", Rights.CLAIM, "Kraken", "").check(null, TODAY, WATCH).problems().containsKey(HoldingForm.Field.AMOUNT));
    }

    @Test
    void editingKeepsTheIdAndTheOutpointsTheFormDoesNotShow() {
        Holding stored = LedgerFixtures.cold(1_000).withId(7).withWatch(List.of(LedgerFixtures.ADDRESS), List.of("ab:1"));
        HoldingForm f = HoldingForm.of(stored);
        assertEquals("0.00001", f.amount());
        Holding back = f.check(stored, TODAY, WATCH).holding();
        assertEquals(stored, back);
    }

    @Test
    void aBadDateIsNamed() {
        HoldingForm f = new HoldingForm("x", "1", Amounts.Unit.BTC, "BTC", Ledger.SETTLEMENT, Rights.FINALITY, InstrumentKind.ONCHAIN, "",
                "1/3/2021", "", "", LedgerFixtures.ADDRESS);
        assertEquals("Opened: '1/3/2021' is not a date (YYYY-MM-DD)", f.check(null, TODAY, WATCH).problems().get(HoldingForm.Field.OPENED));
    }
}
