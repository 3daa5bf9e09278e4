package org.umbra.drill;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Seeded mutations of a CSV file as a person or a broken download leaves it: a line cut, dropped, duplicated or swapped;
 * a column added or missing; a header word changed; a cell replaced by text, a non-number, an extreme number or stamp;
 * a BOM, CRLF endings or blank lines; and a few bytes deleted, inserted or replaced.
 */
final class CsvMutator {
    private static final List<String> ODD_CELLS = List.of("", " ", "NaN", "Infinity", "-Infinity", "1e400", "-1e400", "1e-400", "-0",
            "1e999999999", "-1", "abc", "0x1F", " 7 ", "1.5", "\"1\"", "9999999999999", "0000000000000", "1756684800001000",
            "99999999999999999", "2025-10-07 25:00:00", "9999-12-31 23:59:59", "0001-01-01 00:00:00", "1970-01-01 00:00:00",
            "+10000-01-01", "+999999999-12-31", "2021-02-30", "2021-02-30 00:00:00", "2021-01-01T00:00:00", "ETHUSDT", "XRPUSDT",
            "btcusdt", "0", "3", "5", "25", "08", "BTC", "eth", "DOGE", "1e3", "-2400");
    private static final String BYTES = "0123456789,.-:e \n\r\"\uFEFF\u00e9";

    private final Random random;

    CsvMutator(Random random) {
        this.random = random;
    }

    String mutate(String csv) {
        String out = csv;
        for (int k = 1 + random.nextInt(2); k > 0; k--) {
            out = once(out);
        }
        return out;
    }

    private String once(String csv) {
        List<String> lines = new ArrayList<>(Arrays.asList(csv.split("\n", -1)));
        int n = random.nextInt(lines.size());
        String line = lines.get(n);
        switch (random.nextInt(12)) {
            case 0 -> lines.set(n, line.substring(0, random.nextInt(line.length() + 1)));   // a cut line
            case 1 -> lines.remove(n);
            case 2 -> lines.add(n, line);                                                   // a duplicated row
            case 3 -> lines.add(n, "");                                                     // a blank line
            case 4 -> lines.set(n, line + "," + ODD_CELLS.get(random.nextInt(ODD_CELLS.size())));   // an extra column
            case 5 -> lines.set(n, line.contains(",") ? line.substring(0, line.lastIndexOf(',')) : line);   // a missing column
            case 6, 7, 8 -> lines.set(n, cellReplaced(line));
            case 9 -> {
                return "\uFEFF" + csv;
            }
            case 10 -> {
                return String.join("\r\n", lines);
            }
            default -> {
                return CharEdits.apply(random, csv, BYTES);
            }
        }
        return String.join("\n", lines);
    }

    private String cellReplaced(String line) {
        String[] cells = line.split(",", -1);
        int i = random.nextInt(cells.length);
        cells[i] = random.nextInt(4) == 0 && !cells[i].isEmpty()
                ? cells[i].substring(0, random.nextInt(cells[i].length()))
                : ODD_CELLS.get(random.nextInt(ODD_CELLS.size()));
        return String.join(",", cells);
    }
}
