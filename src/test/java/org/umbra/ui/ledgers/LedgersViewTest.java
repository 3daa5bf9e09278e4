package org.umbra.ui.ledgers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.umbra.ledger.Holding;
import org.umbra.ledger.InstrumentKind;
import org.umbra.ledger.Ledger;
import org.umbra.ledger.LedgerBook;
import org.umbra.ledger.Rights;
import org.umbra.store.Database;
import org.umbra.store.DbWriter;
import org.umbra.ui.ledgers.LedgersViewModel.Row;
import org.umbra.ui.shell.Theme;

/** The Ledgers view on a real book in a temporary database, driven as a user would: headless TestFX. */
class LedgersViewTest {
    @TempDir
    Path dir;
    private final FxRobot robot = new FxRobot();
    private Database db;
    private DbWriter writer;
    private LedgerBook book;
    private LedgersView view;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir.resolve("umbra.db"));
        writer = new DbWriter(db);
        Clock clock = Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneOffset.UTC);
        book = new LedgerBook(db, writer, clock);
        FxToolkit.setupStage(stage -> {
            view = new LedgersView(book, LedgerSamples.BC1Q_ONLY, () -> OptionalDouble.of(60_000), clock, ZoneOffset.UTC);
            Scene scene = new Scene((Parent) view.node(), 1280, 760);
            Theme.apply("dark", scene);
            stage.setScene(scene);
            stage.show();
        });
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        view.close();
        writer.close();
    }

    @Test
    void aHoldingAddedThroughTheDialogAppearsInItsColumnWithTheTotals() throws Exception {
        openAddDialog();
        typeOnChainSettlement("Cold wallet", "0.5", "");
        assertEquals(Rights.FINALITY, this.<ChoiceBox<Rights>>node("#holding-rights").getValue(), "on-chain coins suggest finality");
        choose("#holding-rights", Rights.FINALITY);
        robot.clickOn("#holding-watch").write(LedgerSamples.ADDRESS);
        robot.clickOn("#holding-save");

        waitUntil(() -> rows(Ledger.SETTLEMENT).size() == 1);
        Holding h = rows(Ledger.SETTLEMENT).get(0).holding();
        assertEquals("Cold wallet", h.label());
        assertEquals(50_000_000L, h.amountSats());
        assertEquals(List.of(LedgerSamples.ADDRESS), h.watch());
        waitUntil(() -> text("#ledgers-total-settlement").equals("0.50000000 BTC"));
        assertEquals("100 %", text("#ledgers-share-settlement"), "the only holding is the whole");
        assertEquals("0 %", text("#ledgers-share-working"));
        assertEquals("30,000 USD", text("#ledgers-usd-settlement"), "0.5 BTC at 60,000 USD");
        assertTrue(robot.lookup("#holding-dialog").tryQuery().isEmpty(), "the dialog closes once stored");
        assertEquals(1, book.state().holdings().size());
    }

    @Test
    void aCommaDecimalIsRefusedUnderTheAmountAndNothingIsSaved() throws Exception {
        openAddDialog();
        typeOnChainSettlement("Cold wallet", "0,5", "");
        robot.clickOn("#holding-save");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("Amount: use a dot as the decimal point (0.5, not 0,5)", text("#holding-error-amount"));
        assertEquals("0,5", this.<TextField>node("#holding-amount").getText(), "what was typed stays");
        assertTrue(robot.lookup("#holding-dialog").tryQuery().isPresent(), "the dialog stays open");
        robot.clickOn("#holding-label").write(" (Coldcard)");
        assertEquals("Amount: use a dot as the decimal point (0.5, not 0,5)", text("#holding-error-amount"));
        assertEquals("", text("#holding-error-label"));
        assertTrue(book.state().holdings().isEmpty());
        assertTrue(book.history().isEmpty(), "nothing reached the database");
    }

    @Test
    void aWatchEntryTheCheckRefusesIsNamedUnderTheWatchField() throws Exception {
        openAddDialog();
        typeOnChainSettlement("Old wallet", "0.1", "1BoatSLRHtKNngkdXEeobR76b53LETtpyT");
        robot.clickOn("#holding-save");
        WaitForAsyncUtils.waitForFxEvents();

        // HoldingForm shortens entries longer than 24 characters: first 12, an ellipsis, last 8.
        assertEquals("Watch-only '1BoatSLRHtKN…3LETtpyT': not a bc1q… address", text("#holding-error-watch"));
        assertEquals("", text("#holding-error-amount"));
        assertTrue(book.state().holdings().isEmpty());
    }

    @Test
    void editingAHoldingChangesTheColumnTotal() throws Exception {
        book.add(LedgerSamples.cold(50_000_000), "test");
        waitUntil(() -> rows(Ledger.SETTLEMENT).size() == 1);
        robot.doubleClickOn(robot.from(this.<Node>node("#ledgers-list-settlement")).lookup(".holding-label").<Node>query());
        waitUntil(() -> robot.lookup("#holding-dialog").tryQuery().isPresent());
        assertEquals("0.5", this.<TextField>node("#holding-amount").getText(), "the dialog opens with the stored holding");
        robot.interact(() -> this.<TextField>node("#holding-amount").clear());
        robot.clickOn("#holding-amount").write("0.75");
        robot.clickOn("#holding-save");

        waitUntil(() -> text("#ledgers-total-settlement").equals("0.75000000 BTC"));
        assertEquals(75_000_000L, book.state().holdings().get(0).amountSats());
        assertEquals(1, book.state().holdings().size(), "edited in place, not added");
    }

    @Test
    void deleteAsksFirstAndUndoBringsTheHoldingBack() throws Exception {
        book.add(LedgerSamples.cold(50_000_000), "test");
        waitUntil(() -> rows(Ledger.SETTLEMENT).size() == 1);
        robot.clickOn(robot.from(this.<Node>node("#ledgers-list-settlement")).lookup(".holding-label").<Node>query());
        robot.clickOn("#ledgers-delete");
        waitUntil(() -> robot.lookup("#ledgers-delete-confirm").tryQuery().isPresent());
        DialogPane confirm = node("#ledgers-delete-confirm");
        assertEquals("Delete 'Cold wallet' (0.50000000 BTC)?", confirm.getHeaderText());
        assertEquals("It stays in the history, and Undo brings it back.", confirm.getContentText());
        robot.clickOn("#ledgers-delete-ok");

        waitUntil(() -> rows(Ledger.SETTLEMENT).isEmpty() && text("#ledgers-total-settlement").equals("0.00000000 BTC"));
        waitUntil(() -> !this.<Button>node("#ledgers-undo").isDisabled());
        assertEquals("Undo delete holding 'Cold wallet'", this.<Button>node("#ledgers-undo").getText());
        robot.clickOn("#ledgers-undo");

        waitUntil(() -> rows(Ledger.SETTLEMENT).size() == 1 && text("#ledgers-total-settlement").equals("0.50000000 BTC"));
        assertEquals("Cold wallet", book.state().holdings().get(0).label());
        // The undo itself is not undone by Undo; the next step back is the test's own add.
        waitUntil(() -> this.<Button>node("#ledgers-undo").getText().equals("Undo add holding 'Cold wallet'"));
    }

    @Test
    void filtersHideTheRowsThatDoNotMatch() throws Exception {
        book.add(LedgerSamples.cold(50_000_000), "test");
        book.add(LedgerSamples.spot("Kraken", 20_000_000, "trading"), "test");
        book.add(LedgerSamples.etf(10_000_000), "test");
        book.add(LedgerSamples.earn("Nexo", 20_000_000), "test");
        waitUntil(() -> rows(Ledger.YIELD).size() == 1 && rows(Ledger.WORKING).size() == 2);
        assertEquals(List.of(LedgersView.ALL_VENUES, "Broker", "Kraken", "Nexo", LedgersViewModel.OWN_KEY),
                this.<ChoiceBox<String>>node("#ledgers-filter-venue").getItems());

        robot.interact(() -> this.<ChoiceBox<String>>node("#ledgers-filter-rights").setValue("Claim"));
        assertEquals(List.of(), labels(Ledger.SETTLEMENT));
        assertEquals(List.of("Kraken spot"), labels(Ledger.WORKING));
        assertEquals(List.of("Nexo Earn"), labels(Ledger.YIELD));
        assertEquals("0.50000000 BTC", text("#ledgers-total-settlement"), "totals stay whole");
        assertTrue(text("#ledgers-summary").contains("showing 2 of 4 holdings"), text("#ledgers-summary"));

        robot.interact(() -> {
            this.<ChoiceBox<String>>node("#ledgers-filter-rights").setValue(LedgersView.ALL_RIGHTS);
            this.<ChoiceBox<String>>node("#ledgers-filter-tag").setValue("trading");
        });
        assertEquals(List.of("Kraken spot", "IBIT"), labels(Ledger.WORKING), "IBIT is tagged 'Trading'");
        assertEquals(List.of(), labels(Ledger.YIELD));

        robot.interact(() -> {
            this.<ChoiceBox<String>>node("#ledgers-filter-tag").setValue(LedgersView.ALL_TAGS);
            this.<ChoiceBox<String>>node("#ledgers-filter-venue").setValue("Nexo");
        });
        assertEquals(List.of(), labels(Ledger.WORKING));
        assertEquals(List.of("Nexo Earn"), labels(Ledger.YIELD));
    }

    @Test
    void aDatabaseErrorIsShownInTheDialogAndWhatWasTypedStays() throws Exception {
        // The database refuses every new history row, as a full disk or a read-only file would.
        try (java.sql.Connection c = db.connect(); java.sql.Statement st = c.createStatement()) {
            st.execute("CREATE TRIGGER refuse BEFORE INSERT ON ledger_event BEGIN SELECT RAISE(ABORT, 'disk is full'); END");
        }
        openAddDialog();
        typeOnChainSettlement("Cold wallet", "0.5", LedgerSamples.ADDRESS);
        robot.clickOn("#holding-save");

        waitUntil(() -> text("#holding-error-save").startsWith("Not saved: "));
        assertTrue(text("#holding-error-save").contains("disk is full"), text("#holding-error-save"));
        assertEquals("Cold wallet", this.<TextField>node("#holding-label").getText());
        assertEquals("0.5", this.<TextField>node("#holding-amount").getText());
        assertTrue(!this.<Button>node("#holding-save").isDisabled(), "Save can be tried again");
        assertTrue(rows(Ledger.SETTLEMENT).isEmpty());
    }

    @Test
    void aKindSuggestsItsRightsUntilTheUserPicksRightsThemselves() throws Exception {
        openAddDialog();
        choose("#holding-kind", InstrumentKind.ONCHAIN);
        assertEquals(Rights.FINALITY, this.<ChoiceBox<Rights>>node("#holding-rights").getValue());
        choose("#holding-kind", InstrumentKind.ETF_SHARES);
        assertEquals(Rights.EXPOSURE, this.<ChoiceBox<Rights>>node("#holding-rights").getValue());
        choose("#holding-rights", Rights.CLAIM);
        choose("#holding-kind", InstrumentKind.ONCHAIN);
        assertEquals(Rights.CLAIM, this.<ChoiceBox<Rights>>node("#holding-rights").getValue(), "the user's choice stands");
    }

    @Test
    void enterOnASelectedHoldingOpensItForEditing() throws Exception {
        book.add(LedgerSamples.spot("Kraken", 20_000_000, "trading"), "test");
        waitUntil(() -> rows(Ledger.WORKING).size() == 1);
        robot.clickOn(robot.from(this.<Node>node("#ledgers-list-working")).lookup(".holding-label").<Node>query());
        assertTrue(!this.<Button>node("#ledgers-edit").isDisabled(), "a selection enables Edit");
        robot.type(javafx.scene.input.KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#holding-dialog").tryQuery().isPresent());
        assertEquals("Kraken spot", this.<TextField>node("#holding-label").getText());
        assertEquals(Rights.CLAIM, this.<ChoiceBox<Rights>>node("#holding-rights").getValue());
    }

    private void openAddDialog() throws Exception {
        robot.clickOn("#ledgers-add");
        waitUntil(() -> robot.lookup("#holding-dialog").tryQuery().isPresent());
    }

    /** Types into the open dialog: label, amount, settlement ledger, on-chain coins, and the watch entry unless empty. */
    private void typeOnChainSettlement(String label, String amount, String watch) {
        robot.clickOn("#holding-label").write(label);
        robot.clickOn("#holding-amount").write(amount);
        choose("#holding-ledger", Ledger.SETTLEMENT);
        choose("#holding-kind", InstrumentKind.ONCHAIN);
        if (!watch.isEmpty()) {
            robot.clickOn("#holding-watch").write(watch);
        }
    }

    private <T> void choose(String id, T value) {
        robot.interact(() -> this.<ChoiceBox<T>>node(id).setValue(value));
    }

    private List<Row> rows(Ledger l) {
        return List.copyOf(this.<ListView<Row>>node("#ledgers-list-" + l.id()).getItems());
    }

    private List<String> labels(Ledger l) {
        return rows(l).stream().map(r -> r.holding().label()).toList();
    }

    private String text(String id) {
        return this.<Label>node(id).getText();
    }

    @SuppressWarnings("unchecked")
    private <T extends Node> T node(String id) {
        return (T) robot.lookup(id).query();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
