package org.umbra.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.umbra.market.SeriesBatch;
import org.umbra.store.Database;
import org.umbra.store.DbWriter;
import org.umbra.store.SeriesRepository;

/**
 * Issue 7, item 6: how much the file grows for 1 M one-minute points of one series written through the
 * real path (SeriesRepository.write, so rollups are built as the app builds them), measured after a WAL
 * checkpoint, with the rollup tables reported apart from the raw points. Baselines in the same run: an
 * empty database made the same way, and the payload itself (8-byte timestamp + 8-byte value per point).
 * The filled database is cached under {@code target/bench-data/} per schema version and reused.
 *
 * <p>Run: {@code ./mvnw -B -Pbench verify -Dbench=db-size [-Dbench.args="--points=100000"]}.
 */
public final class DbSizeBench {
    private static final int BATCH = 50_000;
    private static final long TARGET_BYTES_PER_MILLION = 25_000_000;
    private static final int PAYLOAD_BYTES_PER_POINT = 16;

    private DbSizeBench() {
    }

    /** Arguments: {@code --points=N} (a multiple of 50,000; default 1,000,000). */
    public static void main(String[] args) throws Exception {
        int points = Math.toIntExact(BenchArgs.parse(args, Map.of("--points", 1_000_000L)).get("--points"));
        List<SeriesBatch> batches = MinuteSeries.pages(points, BATCH);
        BenchFigures.header(String.format("Database size: %,d one-minute points of one series, after a WAL checkpoint", points));

        Path scratch = Files.createTempDirectory("umbra-db-size");
        Path empty = scratch.resolve("empty.db");
        int schema = Database.open(empty).schemaVersion();
        long emptyBytes = checkpointedSize(empty);

        Path cached = Path.of("target", "bench-data", "db-size-" + points + "-schema-v" + schema, "umbra.db").toAbsolutePath();
        if (Files.exists(cached)) {
            System.out.println("  reused " + cached);
        } else {
            Path building = cached.resolveSibling("building.db");
            Files.deleteIfExists(building);
            Database db = Database.open(building);
            try (DbWriter writer = new DbWriter(db); SeriesRepository repo = new SeriesRepository(db, writer)) {
                for (SeriesBatch b : batches) {
                    repo.write(List.of(b), null).join();
                }
            }
            checkpointedSize(building);
            Files.move(building, cached, StandardCopyOption.ATOMIC_MOVE);
            System.out.println("  built " + cached);
        }
        long filledBytes = checkpointedSize(cached);
        long growth = filledBytes - emptyBytes;
        long target = TARGET_BYTES_PER_MILLION * points / 1_000_000;
        long payload = (long) PAYLOAD_BYTES_PER_POINT * points;

        System.out.printf("  schema v%d; empty database %,d bytes; filled %,d bytes%n", schema, emptyBytes, filledBytes);
        BenchFigures.line(String.format("file growth for %,d points", points),
                String.format("%.2f MB (%.1f bytes/point, n=1: sizes are deterministic)", growth / 1e6, growth / (double) points),
                "payload (8-byte ts + 8-byte value)", String.format("%.2f MB (16 bytes/point)", payload / 1e6),
                String.format("%.2fx the payload; <= %.1f MB: %s", growth / (double) payload, target / 1e6,
                        BenchFigures.verdict(growth <= target)));
        tableSplit(cached, points);
        Files.delete(empty);
        Files.delete(scratch);
    }

    /** Merges the WAL into the file (TRUNCATE leaves no WAL behind) and returns the file's size. */
    private static long checkpointedSize(Path file) throws Exception {
        Database db = Database.open(file);
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        return Files.size(file);
    }

    /** Bytes per table (its indexes included) from SQLite's dbstat; the rollup tables summed apart from the raw points. */
    private static void tableSplit(Path file, int points) throws Exception {
        Map<String, Long> bytes;
        try (Connection c = Database.open(file).connect()) {
            bytes = bytesPerTable(c);
        }
        System.out.println("  split by table (dbstat):");
        bytes.forEach((table, b) -> System.out.printf("    %-24s %,14d bytes%s%n", table, b,
                table.equals("point") ? String.format("  (%.1f bytes/point)", b / (double) points) : ""));
        if (bytes.keySet().stream().noneMatch(DbSizeBench::isRollup)) {
            System.out.println("  no rollup table (raw points only)");
            return;
        }
        long raw = bytes.getOrDefault("point", 0L);
        long rollup = bytes.entrySet().stream().filter(e -> isRollup(e.getKey())).mapToLong(Map.Entry::getValue).sum();
        System.out.printf("  raw points %.2f MB (%.1f bytes/point); rollups %.2f MB (%.1f bytes/point, %.0f %% of the raw)%n", raw / 1e6,
                raw / (double) points, rollup / 1e6, rollup / (double) points, 100.0 * rollup / Math.max(1, raw));
    }

    private static boolean isRollup(String table) {
        return table.startsWith("rollup");
    }

    /** Pages per table from SQLite's dbstat virtual table, an index counted with the table it indexes. */
    private static Map<String, Long> bytesPerTable(Connection c) throws SQLException {
        Map<String, Long> out = new LinkedHashMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT coalesce(s.tbl_name, d.name) AS tbl, sum(d.pgsize) FROM dbstat d LEFT JOIN sqlite_schema s ON s.name = d.name "
                        + "GROUP BY tbl ORDER BY 2 DESC")) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getLong(2));
            }
        }
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT (SELECT freelist_count FROM pragma_freelist_count) * (SELECT page_size FROM pragma_page_size)")) {
            rs.next();
            out.put("(free pages)", rs.getLong(1));
        }
        return out;
    }
}
