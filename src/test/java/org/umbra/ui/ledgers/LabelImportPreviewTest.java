package org.umbra.ui.ledgers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.umbra.ledger.LedgerBook;
import org.umbra.ledger.chain.BitcoinNetwork;
import org.umbra.ledger.chain.ChainRefValidator;
import org.umbra.store.Database;
import org.umbra.store.DbWriter;

/** Ledger → Import wallet labels: the preview lists rejected lines; Cancel changes nothing, Apply applies. */
class LabelImportPreviewTest {
    @TempDir
    Path dir;
    private final FxRobot robot = new FxRobot();
    private DbWriter writer;
    private LedgerBook book;
    private Stage stage;
    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private final AtomicReference<String> reported = new AtomicReference<>("");

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void open() throws Exception {
        Database db = Database.open(dir.resolve("u.db"));
        writer = new DbWriter(db);
        book = new LedgerBook(db, writer, Clock.fixed(Instant.parse("2026-11-22T00:00:00Z"), ZoneOffset.UTC));
        stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(s -> {
            s.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 800, 600));
            s.show();
        });
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        background.shutdown();
        writer.close();
    }

    private void preview(Path file) throws Exception {
        LedgerFiles files = new LedgerFiles(book, new ChainRefValidator(BitcoinNetwork.MAINNET), background, Clock.systemUTC(),
                dir.resolve("backups"), reported::set);
        robot.interact(() -> files.previewLabels(stage, file));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#label-import-cancel").tryQuery()
                .map(n -> n.isVisible() && n.getScene() != null && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing())
                .orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void cancelChangesNothingAndApplyImportsTheAcceptedLines() throws Exception {
        Path file = dir.resolve("labels.jsonl");
        Files.writeString(file, String.join("\n",
                "{\"type\":\"tx\",\"ref\":\"" + "c".repeat(64) + "\",\"label\":\"salary\"}",
                "{\"type\":\"addr\",\"ref\":\"1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb\",\"label\":\"typo\"}"));
        preview(file);
        ListView<?> lines = robot.lookup("#label-import-lines").queryAs(ListView.class);
        assertEquals(1, lines.getItems().size());
        assertTrue(lines.getItems().get(0).toString().startsWith("REJECTED line 2: "), lines.getItems().toString());
        assertTrue(robot.lookup("#label-import-summary").queryLabeled().getText().startsWith("1 accepted, 1 rejected"));

        robot.clickOn("#label-import-cancel");
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(300);
        assertTrue(book.history().isEmpty());

        preview(file);
        robot.clickOn("#label-import-apply");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> reported.get().startsWith("Imported labels.jsonl"));
        assertEquals(List.of("tx|" + "c".repeat(64) + "|"), List.copyOf(book.state().labels().keySet()));
        assertEquals("Imported labels.jsonl: 1 change(s); Undo in Ledgers takes them back", reported.get());
    }
}
