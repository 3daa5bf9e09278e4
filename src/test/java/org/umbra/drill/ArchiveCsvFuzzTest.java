package org.umbra.drill;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.umbra.market.SeriesBatch;
import org.umbra.market.binancearchive.ArchiveException;
import org.umbra.market.binancearchive.ArchiveReader;
import org.umbra.market.binancearchive.ArchiveSamples;
import org.umbra.market.bundled.BundledHistory;
import org.umbra.market.bundled.BundledHistoryException;

/**
 * Generated and mutated files for the two CSV readers: the Binance archive reader (CSV and zip) refuses a bad file with an
 * {@link ArchiveException} naming the file (and the line, where there is one), the bundled-history reader with a
 * {@link BundledHistoryException} naming file and line; never anything else, and whatever either accepts holds only
 * finite values at timestamps in range (the bounds of {@link VenueParserFuzzTest}). Seeded; each test prints its counts.
 */
class ArchiveCsvFuzzTest {
    private static final String METRICS = "BTCUSDT-metrics-2025-10-07.csv";
    private static final String FUNDING = "BTCUSDT-fundingRate-2025-09.csv";
    /** File names as the archive writes them, one that does not follow it, and ones whose name and content disagree. */
    private static final List<String> NAMES = List.of(METRICS, FUNDING, "BTCUSDT-metrics-2025-10-07.zip", "mine.csv",
            "ETHUSDT-metrics-2025-10-07.csv", "XRPUSDT-fundingRate-2025-09.csv", "BTCUSDT-fundingRate-2025-10-07.csv");

    private static List<String> archiveSeeds() {
        return List.of(ArchiveSamples.resource("BTCUSDT-metrics-2025-10-07_derived.csv"),
                ArchiveSamples.resource("BTCUSDT-fundingRate-2025-09_derived.csv"),
                ArchiveSamples.syntheticMetrics("BTCUSDT", "2025-10-08", 12, 100_000));   // synthetic: 12 rows of the same layout
    }

    private static String nameFor(Random random, String seed) {
        if (random.nextInt(4) == 0) {
            return NAMES.get(random.nextInt(NAMES.size()));
        }
        return seed.startsWith("calc_time") ? FUNDING : METRICS;
    }

    private static void assertSane(ArchiveReader.Result r, String context) {
        for (SeriesBatch b : r.batches()) {
            for (int i = 0; i < b.size(); i++) {
                long ts = b.timestamp(i);
                assertTrue(ts >= VenueParserFuzzTest.EARLIEST && ts < VenueParserFuzzTest.LATEST, context + ": timestamp " + ts);
                assertTrue(Double.isFinite(b.value(i)), context + ": value at " + ts);
            }
        }
        if (r.rows() > 0) {
            assertTrue(r.fromTs() >= VenueParserFuzzTest.EARLIEST && r.toTs() < VenueParserFuzzTest.LATEST, context + ": range");
        }
    }

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void mutatedArchiveCsvIsReadWholeOrRefusedNamingFileAndLine() {
        Random random = new Random(2025_10_07);
        CsvMutator mutator = new CsvMutator(random);
        List<String> seeds = archiveSeeds();
        Checker check = new Checker();
        int cases = 8_000;
        for (int i = 0; i < cases; i++) {
            String seed = seeds.get(i % seeds.size());
            String name = nameFor(random, seed);
            String csv = mutator.mutate(seed);
            check.archive(name, "case " + i + " " + name + ":\n" + VenueParserFuzzTest.clip(csv), () -> ArchiveReader.readCsv(name, csv));
        }
        check.report("archive CSV", cases);
    }

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void mutatedArchiveZipsAreReadWholeOrRefusedNamingTheFile() {
        Random random = new Random(77);
        CsvMutator mutator = new CsvMutator(random);
        List<String> seeds = archiveSeeds();
        Checker check = new Checker();
        int cases = 3_000;
        for (int i = 0; i < cases; i++) {
            String seed = seeds.get(i % seeds.size());
            String csv = random.nextBoolean() ? seed : mutator.mutate(seed);
            String entry = seed.startsWith("calc_time") ? FUNDING : METRICS;
            String zipName = entry.replace(".csv", ".zip");
            byte[] zip = switch (random.nextInt(8)) {
                case 0 -> ArchiveSamples.zip(new String[0], new String[0]);                          // no entry
                case 1 -> ArchiveSamples.zip("notes.txt", csv);                                       // a garbage entry
                case 2 -> ArchiveSamples.zip(new String[] {entry, "extra.csv"}, new String[] {csv, csv});
                case 3 -> ArchiveSamples.zip(new String[] {"dir/", entry}, new String[] {"", csv});
                case 4 -> csv.getBytes(StandardCharsets.UTF_8);                                        // not a zip at all
                case 5 -> truncated(random, ArchiveSamples.zip(entry, csv));
                case 6 -> flipped(random, ArchiveSamples.zip(entry, csv));
                default -> ArchiveSamples.zip(entry, csv);
            };
            byte[] bytes = zip;
            check.archive(zipName, "case " + i + " " + zipName, () -> ArchiveReader.readZip(zipName, bytes, null));
        }
        check.report("archive zip", cases);
    }

    @Test
    void aZipEntryNameThatIsNotUtf8IsRefusedNamingTheFile() throws Exception {
        byte[] zip = ArchiveSamples.zip("BTCUSDT-metrics-2025-10-07\u00e9.csv", archiveSeeds().get(0));
        // é is C3 A9 in the local header and again in the central directory: make both bytes no UTF-8 at all.
        for (int i = 0; i + 1 < zip.length; i++) {
            if ((zip[i] & 0xff) == 0xC3 && (zip[i + 1] & 0xff) == 0xA9) {
                zip[i] = (byte) 0xFF;
                zip[i + 1] = (byte) 0xFE;
            }
        }
        try {
            ArchiveReader.readZip("x.zip", zip, null);
            fail("a zip whose entry name is not UTF-8 was read");
        } catch (ArchiveException e) {
            assertTrue(e.getMessage().startsWith("x.zip: "), e.getMessage());
        }
    }

    private static byte[] truncated(Random random, byte[] zip) {
        return java.util.Arrays.copyOf(zip, random.nextInt(zip.length));
    }

    private static byte[] flipped(Random random, byte[] zip) {
        byte[] out = zip.clone();
        for (int k = 1 + random.nextInt(4); k > 0; k--) {
            out[random.nextInt(out.length)] = (byte) random.nextInt(256);
        }
        return out;
    }

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void mutatedBundledHistoryIsReadWholeOrRefusedNamingFileAndLine() throws IOException {
        Map<String, String> seed = bundledSeed();
        List<String> files = new ArrayList<>(seed.keySet());
        Random random = new Random(2015);
        CsvMutator mutator = new CsvMutator(random);
        int cases = 3_000;
        int accepted = 0;
        int refused = 0;
        List<String> failures = new ArrayList<>();
        Set<String> kinds = new HashSet<>();
        for (int i = 0; i < cases; i++) {
            Map<String, String> files2 = new HashMap<>(seed);
            String file = files.get(random.nextInt(files.size()));
            files2.put(file, mutator.mutate(seed.get(file)));
            BundledHistory history = new BundledHistory(path -> open(files2, path));
            try {
                for (SeriesBatch b : history.read()) {
                    for (int k = 0; k < b.size(); k++) {
                        long ts = b.timestamp(k);
                        if (ts < VenueParserFuzzTest.EARLIEST || ts >= VenueParserFuzzTest.LATEST) {
                            throw new AssertionError(b.spec().key() + ": timestamp " + ts + " out of range");
                        }
                    }
                }
                accepted++;
            } catch (BundledHistoryException e) {
                refused++;
                if (!e.getMessage().matches("(?s)bundled .+?( line \\d+)?: .+") && kinds.add("message " + e.getMessage().replaceAll("\\d+", "#"))) {
                    failures.add("case " + i + " (" + file + "): refusal names no file and line: " + e.getMessage());
                }
            } catch (RuntimeException | AssertionError e) {
                if (kinds.add(e.getClass().getName())) {
                    failures.add("case " + i + " (" + file + "): " + e + "\n    at " + e.getStackTrace()[0] + "\n" + VenueParserFuzzTest.clip(files2.get(file)));
                }
            }
        }
        System.out.printf("bundled history: %d cases, %d accepted, %d refused%n", cases, accepted, refused);
        if (!failures.isEmpty()) {
            fail(String.join("\n", failures));
        }
        assertTrue(accepted > cases / 20 && refused > cases / 20, accepted + " accepted, " + refused + " refused of " + cases);
    }

    /** The shipped manifest's first funding file and both daily files, their first 40 lines each: small, real. */
    private static Map<String, String> bundledSeed() throws IOException {
        String manifest = read("manifest.csv");
        List<String> keep = new ArrayList<>();
        Map<String, String> out = new HashMap<>();
        for (String line : manifest.split("\n")) {
            String[] f = line.split(",");
            if (line.startsWith("#") || f.length < 2) {
                keep.add(line);
            } else if (f[1].startsWith("daily") || !out.keySet().stream().anyMatch(k -> k.startsWith("funding"))) {
                keep.add(line);
                String[] lines = read(f[0]).split("\n");
                out.put(f[0], String.join("\n", java.util.Arrays.copyOf(lines, Math.min(40, lines.length))) + "\n");
            }
        }
        out.put("manifest.csv", String.join("\n", keep) + "\n");
        return out;
    }

    private static String read(String path) throws IOException {
        try (InputStream in = BundledHistory.class.getResourceAsStream("/org/umbra/bundled/history/" + path)) {
            if (in == null) {
                throw new IOException("no bundled " + path + " on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static InputStream open(Map<String, String> files, String path) throws IOException {
        String text = files.get(path);
        if (text == null) {
            throw new IOException("no such file: " + path);
        }
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Runs archive reads, counting outcomes and keeping one example of each kind of failure. */
    private static final class Checker {
        interface Read {
            ArchiveReader.Result run() throws ArchiveException;
        }

        private final List<String> failures = new ArrayList<>();
        private final Set<String> kinds = new HashSet<>();
        private int accepted;
        private int refused;

        void archive(String fileName, String context, Read read) {
            try {
                ArchiveReader.Result r = read.run();
                assertSane(r, context);
                accepted++;
            } catch (ArchiveException e) {
                refused++;
                String m = e.getMessage();
                if (!m.startsWith(fileName + ": ") && kinds.add("prefix")) {
                    failures.add(context + "\n  refusal does not start with the file name: " + m);
                }
            } catch (RuntimeException | AssertionError e) {
                if (kinds.add(e.getClass().getName() + (e instanceof AssertionError ? e.getMessage().replaceAll("\\d+", "#") : ""))) {
                    failures.add(context + "\n  " + e + "\n    at " + e.getStackTrace()[0]);
                }
            }
        }

        void report(String what, int cases) {
            System.out.printf("%s: %d cases, %d accepted, %d refused%n", what, cases, accepted, refused);
            if (!failures.isEmpty()) {
                fail(failures.size() + " failures:\n" + String.join("\n", failures));
            }
            assertTrue(accepted > cases / 20 && refused > cases / 20, what + ": " + accepted + " accepted, " + refused + " refused of " + cases);
        }
    }
}
