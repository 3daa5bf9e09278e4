package org.umbra.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import javafx.scene.image.WritableImage;
import org.umbra.analytics.RangeSpec;
import org.umbra.charts.ChartImages;
import org.umbra.market.Asset;
import org.umbra.ui.chartview.ChartScreen;
import org.umbra.ui.chartview.ChartScreenModel;
import org.umbra.ui.chartview.Screen;
import org.umbra.ui.compare.CompareScreen;
import org.umbra.ui.markets.MarketsScreen;
import org.umbra.ui.risk.RiskScreen;
import org.umbra.ui.venues.VenuesScreen;
import org.umbra.marketdata.MarketDataReader;
import org.umbra.ui.export.ChartImageRenderer;
import org.umbra.ui.export.ChartScreenContent;
import org.umbra.ui.export.ImageOptions;
import org.umbra.ui.export.LedgersContent;
import org.umbra.ui.ledgers.LedgersView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "snapshot", mixinStandardHelpOptions = true,
        description = {"Render a view from the database to a PNG, without a display.",
                "The image is exactly --width x --height pixels times --scale; the range ends at the newest stored point.",
                "It carries a title, the range with its time zone, the units and a footer naming the sources."})
final class SnapshotCommand implements Callable<Integer> {
    @ParentCommand
    Cli cli;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    static final java.util.List<String> VIEWS = java.util.List.of("markets", "compare", "venues", "risk", "ledgers");

    @Option(names = "--view", defaultValue = "markets", description = "View to render: markets (default), compare, venues, risk or ledgers.")
    String view;

    @Option(names = "--asset", defaultValue = "BTC", description = "Asset of the markets, venues and risk views: BTC (default) or ETH.")
    String asset;

    @Option(names = "--range", defaultValue = "30d", description = "12h, 30d, 1w, 3m, 1y or all (default 30d).")
    String range;

    @Option(names = "--out", required = true, paramLabel = "FILE.png", description = "Where to write the PNG.")
    Path out;

    @Option(names = "--width", defaultValue = "1600", description = "Image width in pixels (default 1600).")
    int width;

    @Option(names = "--height", defaultValue = "900", description = "Image height in pixels (default 900).")
    int height;

    @Option(names = "--theme", defaultValue = "dark", description = "dark (default) or light.")
    String theme;

    @Option(names = "--scale", defaultValue = "1", description = "1 (default) or 2: the PNG has width·scale x height·scale pixels, the same layout, sharper.")
    int scale;

    @Option(names = "--pane", paramLabel = "ID", description = "Render one pane of the view only (price, oi, funding… as the message for a wrong one lists).")
    String pane;

    @Option(names = "--title", description = "Title printed at the top (default: the view and its asset).")
    String title;

    @Override
    public Integer call() throws Exception {
        if (!VIEWS.contains(view)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--view: '" + view + "' is not a view (available: " + String.join(", ", VIEWS) + ")");
        }
        Asset chosen;
        try {
            chosen = Asset.parse(asset);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--asset: " + e.getMessage());
        }
        if (width < 320 || height < 240 || width > 7680 || height > 4320) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--width/--height: " + width + "x" + height + " is outside 320x240 .. 7680x4320");
        }
        if (!Settings.THEMES.contains(theme)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--theme: '" + theme + "' is not dark or light");
        }
        if (scale != 1 && scale != 2) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--scale: " + scale + " is not 1 or 2");
        }
        if (pane != null && view.equals("ledgers")) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--pane: the ledgers view has no panes");
        }
        ImageOptions options = new ImageOptions(width, height, scale, theme, title);
        RangeSpec rangeSpec;
        try {
            rangeSpec = RangeSpec.parse(range);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--range: " + e.getMessage());
        }
        PrintWriter stdout = spec.commandLine().getOut();
        try (AppContext ctx = cli.openContext()) {
            HeadlessFx.start(width, height);
            ChartImageRenderer renderer = new ChartImageRenderer(AppContext.VERSION);
            WritableImage image = view.equals("ledgers") ? ledgers(ctx, renderer, options)
                    : chartScreen(ctx, renderer, options, chosen, rangeSpec);
            ChartImages.savePng(image, out);
            stdout.printf("wrote %s (%dx%d, %s%s%s, %s)%n", out, (int) image.getWidth(), (int) image.getHeight(), view,
                    view.equals("compare") ? "" : " " + chosen, pane == null ? "" : " pane " + pane,
                    view.equals("ledgers") ? "now" : rangeSpec);
        }
        return 0;
    }

    /** A chart view (markets, compare, venues, risk), read before it joins a scene (see {@link ChartImageRenderer}). */
    private WritableImage chartScreen(AppContext ctx, ChartImageRenderer renderer, ImageOptions options, Asset chosen,
            RangeSpec rangeSpec) throws Exception {
        Screen screen = switch (view) {
            case "markets" -> new MarketsScreen(ctx.series());
            case "venues" -> new VenuesScreen(ctx.series());
            case "risk" -> new RiskScreen(ctx.series());
            default -> new CompareScreen(ctx.series());
        };
        try (screen) {
            screen.setAsset(chosen);
            if (screen instanceof MarketsScreen markets) {
                markets.setAnalysis(ctx.settings().benchmarkRatePercent(), ctx.settings().discountHours());
            }
            ChartScreenModel model = screen.model();
            model.setPixelWidth(width);
            ChartScreenModel.Prepared prepared = model.prepare(rangeSpec);
            return HeadlessFx.call(() -> {
                ChartScreen shown = screen.view(ctx.settings().zone());
                ChartScreenContent content;
                try {
                    content = new ChartScreenContent(shown, pane);
                } catch (IllegalArgumentException e) {
                    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--pane: " + e.getMessage());
                }
                // Data goes in before the charts join a scene: a windowless scene runs ChartFX's
                // pre-layout hook (which read-locks every dataset) without a matching post-layout.
                model.present(prepared);
                return renderer.render(content, options);
            });
        }
    }

    /** The Ledgers view of the database's ledger, priced at the newest stored BTC spot. */
    private WritableImage ledgers(AppContext ctx, ChartImageRenderer renderer, ImageOptions options) throws Exception {
        MarketDataReader reader = new MarketDataReader(ctx.series());
        java.time.ZoneId zone = ctx.settings().zone();
        LedgersView ledgers = HeadlessFx.call(() -> new LedgersView(ctx.ledger(), entry -> ctx.watchCheck().problem(entry),
                () -> reader.latestSpot(reader.catalog(), Asset.BTC), ctx.clock(), zone));
        try (ledgers) {
            ledgers.load().get();
            return HeadlessFx.call(() -> renderer.render(new LedgersContent(ledgers.node(), zone, ctx.clock().instant()), options));
        }
    }
}
