package org.umbra.app;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.umbra.export.StoredColumns;
import org.umbra.store.SeriesInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "series", mixinStandardHelpOptions = true,
        description = {"List every stored series, tab-separated with a header:",
                "source, instrument, metric, unit, points, first, last (ISO-8601 UTC)."})
final class SeriesCommand implements Callable<Integer> {
    @ParentCommand
    Cli cli;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (AppContext ctx = cli.openContext()) {
            out.println("source\tinstrument\tmetric\tunit\tpoints\tfirst\tlast");
            for (SeriesInfo s : ctx.series().listSeries()) {
                out.println(String.join("\t", s.spec().source(), s.spec().instrument(), s.spec().metric().id(), StoredColumns.unit(s.spec()),
                        Long.toString(s.points()), s.points() == 0 ? "" : Instant.ofEpochMilli(s.firstTs()).toString(),
                        s.points() == 0 ? "" : Instant.ofEpochMilli(s.lastTs()).toString()));
            }
        }
        return 0;
    }
}
