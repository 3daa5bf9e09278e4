package org.umbra.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.umbra.store.Database;

/**
 * What the command line and the window's start-up say about storage faults: a damaged database moved aside (and the
 * backup to restore from), a file where the data folder should be, a folder where the settings file should be.
 */
class StorageFaultsAppTest {
    @TempDir
    Path dir;
    @RegisterExtension
    final CliHarness cli = new CliHarness(() -> dir.resolve("home")); // @TempDir is filled before the extension asks

    /** A real database with its last page cut off; returns the damage the check reports for it. */
    private static String truncatedDatabase(Path file) throws Exception {
        try (Connection c = Database.open(file).connect(); PreparedStatement in = c.prepareStatement("INSERT INTO meta (key, value) VALUES (?, ?)")) {
            for (int i = 0; i < 50; i++) {
                in.setString(1, "k" + i);
                in.setString(2, "v".repeat(1000));
                in.executeUpdate();
            }
            c.createStatement().execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        long size = Files.size(file);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(size - 4096);
        }
        return "the file is " + (size - 4096) + " bytes, but its header says " + size / 4096 + " pages of 4096 bytes (" + size
                + " bytes): its end is missing";
    }

    private static Path movedAside(Path file) throws IOException {
        try (Stream<Path> files = Files.list(file.getParent())) {
            List<Path> aside = files.filter(p -> p.getFileName().toString().matches("u\\.db\\.damaged-\\d{8}-\\d{6}")).toList();
            assertEquals(1, aside.size(), aside.toString());
            return aside.get(0);
        }
    }

    @Test
    void theCommandLineSaysOnStderrWhereTheDamagedDatabaseWentAndWhichBackupToRestore() throws Exception {
        Path file = dir.resolve("data").resolve("u.db");
        String damage = truncatedDatabase(file);
        Path backups = Files.createDirectories(dir.resolve("data").resolve("backups"));
        Files.writeString(backups.resolve("ledger-20261120T080000Z.json"), "{}");
        Path newest = Files.writeString(backups.resolve("ledger-before-v5-20261121T080000Z.json"), "{}");
        Files.writeString(backups.resolve("notes.json"), "{}");

        assertEquals(0, cli.run("ledger", "export", "--format", "json", "--out", dir.resolve("l.json").toString(), "--db", file.toString()));

        assertEquals("umbra: The database " + file + " was damaged (" + damage + "). It was moved, not deleted, to " + movedAside(file)
                + ", and Umbra started with a new database (market history is downloaded again). Restore your ledger from the newest"
                + " backup, " + newest + ", via Ledger → Restore a backup (or: umbra ledger import --format json " + newest + ").\n",
                cli.err());
    }

    @Test
    void theWindowsStartUpCarriesTheNoticeAndSaysWhenThereIsNoBackup() throws Exception {
        DataDirs dirs = DataDirs.forCurrentUser();
        Path file = dirs.defaultDatabase();
        Files.createDirectories(file.getParent());
        Path u = file.resolveSibling("u.db");
        String damage = truncatedDatabase(u);
        Files.move(u, file);
        Startup startup = Startup.open(List.of());
        try {
            String notice = startup.notice().orElseThrow();
            assertTrue(notice.startsWith("The database " + file + " was damaged (" + damage + "). It was moved, not deleted, to "
                    + file + ".damaged-"), notice);
            assertTrue(notice.endsWith("No ledger backup was found in " + file.resolveSibling("backups") + "; if you keep one elsewhere,"
                    + " restore it via Ledger → Restore a backup."), notice);
        } finally {
            startup.context().close();
        }
    }

    @Test
    void aFileWhereTheDataFolderShouldBeIsNamedAndNothingCrashes() throws Exception {
        Path blocker = Files.writeString(dir.resolve("data"), "not a folder");
        assertEquals(1, cli.run("series", "--db", dir.resolve("data").resolve("umbra").resolve("u.db").toString()));
        assertEquals("umbra: Cannot use the data folder " + dir.resolve("data").resolve("umbra") + ": " + blocker + " is a file, not a folder."
                + " Move that file aside, or choose another location with --db PATH.\n", cli.err());
        assertEquals("not a folder", Files.readString(blocker));
    }

    @Test
    void aFolderWhereTheSettingsFileShouldBeGivesDefaultsAndANoticeAndIsLeftAlone() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("cfg").resolve("settings.json"));
        Files.writeString(folder.resolve("inside.txt"), "mine");
        SettingsStore store = new SettingsStore(folder);

        SettingsStore.Loaded loaded = store.load();

        assertEquals(Settings.defaults(), loaded.settings());
        assertEquals("The settings file " + folder + " is a folder, not a file. Defaults are in effect, and changes cannot be saved until"
                + " it is moved aside.", loaded.notice().orElseThrow());
        IOException e = assertThrows(IOException.class, () -> store.save(Settings.defaults()));
        assertEquals("The settings file " + folder + " is a folder, not a file.", e.getMessage());
        assertEquals("mine", Files.readString(folder.resolve("inside.txt")));
    }

    @Test
    void aFileWhereTheSettingsFolderShouldBeIsNamed() throws Exception {
        Path blocker = Files.writeString(dir.resolve("cfg"), "x");
        SettingsStore.Loaded loaded = new SettingsStore(blocker.resolve("settings.json")).load();
        assertEquals("The settings folder " + blocker + " cannot be used: " + blocker + " is a file, not a folder. Defaults are in effect,"
                + " and changes cannot be saved until it is moved aside.", loaded.notice().orElseThrow());
    }
}
