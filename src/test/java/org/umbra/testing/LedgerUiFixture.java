package org.umbra.testing;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.umbra.ledger.Holding;
import org.umbra.ledger.InstrumentKind;
import org.umbra.ledger.Ledger;
import org.umbra.ledger.LedgerBook;
import org.umbra.ledger.Rights;
import org.umbra.store.Database;
import org.umbra.store.DbWriter;
import org.umbra.ui.shell.Theme;

/**
 * A real ledger on a temp database, the background executor the ledger views save on, and a stage (dark theme)
 * to show a view in, for the headless TestFX tests of the ledger views.
 */
public final class LedgerUiFixture implements AutoCloseable {
    public final DbWriter writer;
    public final LedgerBook book;
    public final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "ledger-ui-test");
        t.setDaemon(true);
        return t;
    });
    private Stage stage;

    public LedgerUiFixture(Path dir, Clock clock) {
        Database db = Database.open(dir.resolve("umbra.db"));
        writer = new DbWriter(db);
        book = new LedgerBook(db, writer, clock);
    }

    /** Builds the view's root on the FX thread and shows it at {@code width} x {@code height} in the dark theme. */
    public <T> T show(Supplier<T> build, java.util.function.Function<T, Parent> root, double width, double height) throws Exception {
        FxToolkit.registerPrimaryStage();
        Object[] built = new Object[1];
        stage = FxToolkit.setupStage(s -> {
            @SuppressWarnings("unchecked")
            T view = build.get();
            built[0] = view;
            Scene scene = new Scene(root.apply(view), width, height);
            Theme.apply("dark", scene);
            s.setScene(scene);
            s.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        T view = (T) built[0];
        return view;
    }

    public Stage stage() {
        return stage;
    }

    /**
     * Waits until {@code condition} holds (at most 10 s), checking it on the FX thread so it never sees a view
     * halfway through a redraw.
     */
    public static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            try {
                return WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get();
            } catch (java.util.concurrent.ExecutionException e) {
                return false; // A node looked for is not there (yet).
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Override
    public void close() throws Exception {
        if (stage != null) {
            FxToolkit.cleanupStages();
        }
        background.shutdownNow();
        writer.close();
    }

    public static Holding cold(long sats) {
        return new Holding(0, "Cold wallet", sats, "BTC", Ledger.SETTLEMENT, Rights.FINALITY, InstrumentKind.ONCHAIN, "",
                LocalDate.of(2021, 3, 1), List.of(), "", List.of(), List.of());
    }

    public static Holding exchange(String venue, long sats) {
        return new Holding(0, venue + " spot", sats, "BTC", Ledger.WORKING, Rights.CLAIM, InstrumentKind.EXCHANGE_BALANCE, venue, null,
                List.of(), "", List.of(), List.of());
    }

    public static Holding earn(String venue, long sats) {
        return new Holding(0, venue + " Earn", sats, "BTC", Ledger.YIELD, Rights.CLAIM, InstrumentKind.LENDING, venue, null, List.of(),
                "", List.of(), List.of());
    }
}
