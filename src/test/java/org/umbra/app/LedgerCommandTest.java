package org.umbra.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code umbra ledger import|export}: rejected lines named, dry runs write nothing, exports round-trip. */
class LedgerCommandTest {
    @TempDir
    Path dir;
    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    @BeforeEach
    void isolate() {
        System.setProperty("umbra.home", dir.resolve("home").toString());
    }

    @AfterEach
    void restore() {
        System.clearProperty("umbra.home");
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return Cli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private Path vectors() throws Exception {
        Path file = dir.resolve("labels.jsonl");
        try (InputStream in = getClass().getResourceAsStream("/org/umbra/ledger/bip329/bip329_test_vectors.jsonl")) {
            Files.write(file, in.readAllBytes());
        }
        return file;
    }

    @Test
    void rejectedLinesArePrintedOnePerLineTheRestAppliedAndTheExitCodeSaysSo() throws Exception {
        Path file = dir.resolve("mixed.jsonl");
        Files.writeString(file, String.join("\n",
                "{\"type\":\"addr\",\"ref\":\"bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq\",\"label\":\"cold\"}",
                "{\"type\":\"addr\",\"ref\":\"bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdx\",\"label\":\"typo\"}",
                "not json",
                "{\"type\":\"output\",\"ref\":\"" + "b".repeat(64) + ":0\",\"spendable\":\"false\"}",
                "{\"type\":\"future-type\",\"ref\":\"x\"}"), StandardCharsets.UTF_8);
        String db = dir.resolve("u.db").toString();

        assertEquals(1, run("ledger", "import", "--format", "bip329", "--dry-run", "--db", db, file.toString()));
        String[] lines = out.toString().split("\n");
        assertTrue(lines[0].startsWith("line 2: "), out.toString());
        assertTrue(lines[1].startsWith("line 3: "), out.toString());
        assertTrue(lines[2].startsWith("line 4: "), out.toString());
        assertTrue(out.toString().contains("dry run, nothing written: 1 accepted, 3 rejected, 1 skipped"), out.toString());
        assertEquals(0, run("ledger", "export", "--format", "bip329", "--db", db, "--out", dir.resolve("empty.jsonl").toString()));
        assertEquals("", Files.readString(dir.resolve("empty.jsonl")));

        assertEquals(1, run("ledger", "import", "--format", "bip329", "--db", db, file.toString()));
        assertTrue(out.toString().contains("imported " + file + ": 1 accepted"), out.toString());
        assertEquals(0, run("ledger", "export", "--format", "bip329", "--db", db, "--out", dir.resolve("back.jsonl").toString()));
        assertEquals("{\"type\":\"addr\",\"ref\":\"bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq\",\"label\":\"cold\"}\n",
                Files.readString(dir.resolve("back.jsonl")));
    }

    @Test
    void jsonBackupRestoresIntoAnEmptyDatabaseOnlyAndExportsTheSame() throws Exception {
        String a = dir.resolve("a.db").toString();
        assertEquals(0, run("ledger", "import", "--format", "bip329", "--db", a, vectors().toString()), out + " " + err);
        Path backup = dir.resolve("backup.json");
        assertEquals(0, run("ledger", "export", "--format", "json", "--db", a, "--out", backup.toString()));

        String b = dir.resolve("b.db").toString();
        assertEquals(0, run("ledger", "import", "--format", "json", "--db", b, backup.toString()), out + " " + err);
        assertTrue(out.toString().startsWith("restored 10 history rows (3 holdings now)"), out.toString());
        Path again = dir.resolve("again.json");
        assertEquals(0, run("ledger", "export", "--format", "json", "--db", b, "--out", again.toString()));
        assertEquals(Files.readString(backup).replaceAll("\"exportedAt\": \"[^\"]*\"", ""),
                Files.readString(again).replaceAll("\"exportedAt\": \"[^\"]*\"", ""));

        assertEquals(1, run("ledger", "import", "--format", "json", "--db", a, backup.toString()));
        assertTrue(err.toString().contains("is not empty"), err.toString());

        assertEquals(0, run("ledger", "export", "--format", "csv", "--db", a, "--out", dir.resolve("h.csv").toString()));
        assertEquals(4, Files.readAllLines(dir.resolve("h.csv")).size());
        if (java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(backup)));
        }
    }

    @Test
    void badUsageIsNamed() {
        assertEquals(2, run("ledger", "export", "--format", "xml", "--out", dir.resolve("x").toString(), "--db", dir.resolve("u.db").toString()));
        assertTrue(err.toString().contains("--format: 'xml' is not bip329, json or csv"), err.toString());
        assertEquals(2, run("ledger", "import", "--format", "json", "--db", dir.resolve("u.db").toString(), dir.resolve("missing.json").toString()));
        assertTrue(err.toString().contains("is not a readable file"), err.toString());
    }
}
