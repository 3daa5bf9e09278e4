package org.umbra.app;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.umbra.analytics.risk.RiskInputs;
import org.umbra.analytics.risk.RiskModel;
import org.umbra.analytics.risk.RiskReport;
import org.umbra.market.Asset;
import org.umbra.marketdata.MarketCatalog;
import org.umbra.marketdata.MarketDataReader;
import org.umbra.marketdata.MarketFigures;
import org.umbra.marketdata.RiskInputsReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "risk", mixinStandardHelpOptions = true,
        description = {"Print the risk score (0-100) of an asset with every component's value, weight and contribution,",
                "computed from the database alone (docs/risk-score.md): the same database always prints the same text."})
final class RiskCommand implements Callable<Integer> {
    @ParentCommand
    Cli cli;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--asset", defaultValue = "BTC", description = "BTC (default) or ETH.")
    String asset;

    @Option(names = "--at", paramLabel = "TIME",
            description = "When: an ISO-8601 UTC time (2025-06-01T00:00:00Z) or a date (2025-06-01, its 00:00 UTC). "
                    + "Default: the newest stored open interest, funding or mark price of the asset.")
    String at;

    @Override
    public Integer call() {
        Asset chosen;
        try {
            chosen = Asset.parse(asset);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--asset: " + e.getMessage());
        }
        Optional<Long> requested = at == null ? Optional.empty() : Optional.of(parseTime(at));
        PrintWriter out = spec.commandLine().getOut();
        try (AppContext ctx = cli.openContext()) {
            RiskInputsReader reader = new RiskInputsReader(new MarketFigures(new MarketDataReader(ctx.series())));
            MarketCatalog catalog = new MarketDataReader(ctx.series()).catalog();
            Optional<Long> t = requested.or(() -> reader.latest(catalog, chosen));
            if (t.isEmpty()) {
                spec.commandLine().getErr().println("umbra risk: no market data for " + chosen + " in " + ctx.databaseFile()
                        + "; run 'umbra collect' first");
                return 1;
            }
            RiskInputs inputs = reader.read(catalog, chosen, t.get(), t.get());
            out.print(RiskReport.format(RiskModel.at(inputs, t.get())));
            out.flush();
        }
        return 0;
    }

    private long parseTime(String text) {
        try {
            return text.length() == 10 ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli()
                    : Instant.parse(text).toEpochMilli();
        } catch (DateTimeParseException e) {
            throw new ParameterException(spec.commandLine(),
                    "--at: '" + text + "' is neither a UTC time like 2025-06-01T00:00:00Z nor a date like 2025-06-01");
        }
    }
}
