package org.umbra.app;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.umbra.alerts.AlertKind;
import org.umbra.alerts.AlertRule;
import org.umbra.alerts.AlertRuleForm;
import org.umbra.alerts.Durations;
import org.umbra.store.AlertLog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code umbra alerts list|history|add}: the alert rules and what they recorded, tab-separated, on the same database. */
@Command(name = "alerts", mixinStandardHelpOptions = true,
        description = "List the alert rules, print their history, or add a rule (the window's Alerts view does the same).",
        subcommands = {AlertsCommand.ListRules.class, AlertsCommand.History.class, AlertsCommand.Add.class})
final class AlertsCommand implements Callable<Integer> {
    @ParentCommand
    Cli cli;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "name a command: list, history or add");
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = {"Every rule, tab-separated with a header: id, kind, asset, venue, threshold, window, source, enabled, cooldown,",
                "description. Parameters a kind does not use are empty."})
    static final class ListRules implements Callable<Integer> {
        @ParentCommand
        AlertsCommand parent;

        @Override
        public Integer call() {
            PrintWriter out = parent.spec.commandLine().getOut();
            try (AppContext ctx = parent.cli.openContext()) {
                out.println("id\tkind\tasset\tvenue\tthreshold\twindow\tsource\tenabled\tcooldown\tdescription");
                for (AlertRule r : ctx.alertRules().all()) {
                    AlertKind k = r.kind();
                    out.println(String.join("\t", Long.toString(r.id()), k.id(), k.usesAsset() ? r.asset().name() : "", k.usesVenue() ? r.venue() : "",
                            k.usesThreshold() ? AlertRule.plain(r.threshold()) : "", k.usesWindow() ? Durations.format(r.windowMs()) : "",
                            k.usesSource() ? r.source() : "", r.enabled() ? "yes" : "no", Durations.format(r.cooldownMs()), r.describe()));
                }
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "history", mixinStandardHelpOptions = true,
            description = {"What the rules recorded, newest first, tab-separated with a header: at (ISO-8601 UTC), rule, state (firing or",
                "cleared), message. Rules are named rule:<id> (see 'alerts list') or policy:<check> (the ledger policy)."})
    static final class History implements Callable<Integer> {
        @ParentCommand
        AlertsCommand parent;

        @Option(names = "--since", paramLabel = "T",
                description = "Only events at or after T: an ISO-8601 UTC time (2026-11-01T00:00:00Z), a date (its 00:00 UTC) or a span back"
                        + " from now (7d, 24h, 90m). Default: all.")
        String since;

        @Override
        public Integer call() {
            long from = since == null ? Long.MIN_VALUE : parseSince(since, System.currentTimeMillis());
            PrintWriter out = parent.spec.commandLine().getOut();
            try (AppContext ctx = parent.cli.openContext()) {
                out.println("at\trule\tstate\tmessage");
                for (AlertLog.Event e : ctx.alerts().since(from)) {
                    out.println(String.join("\t", Instant.ofEpochMilli(e.atMs()).toString(), e.rule(), e.firing() ? "firing" : "cleared",
                            e.message().replace('\t', ' ').replace('\n', ' ')));
                }
            }
            out.flush();
            return 0;
        }

        private long parseSince(String text, long now) {
            try {
                if (text.length() == 10 && text.charAt(4) == '-') {
                    return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
                }
                if (text.contains("T")) {
                    return Instant.parse(text).toEpochMilli();
                }
                return now - Durations.parse(text);
            } catch (DateTimeParseException | IllegalArgumentException e) {
                throw new ParameterException(parent.spec.commandLine(), "--since: '" + text
                        + "' is not a UTC time like 2026-11-01T00:00:00Z, a date like 2026-11-01 or a span like 7d");
            }
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"Add a rule; prints its id. Kinds: funding-above, funding-below (--asset, --venue, --threshold %/yr),",
                "oi-change (--asset, --threshold %, --window), discount (--asset, --window), risk-above (--asset, --threshold),",
                "funding-flip (--asset, --venue, --window), policy-failing, source-failing (--source, --window)."})
    static final class Add implements Callable<Integer> {
        @ParentCommand
        AlertsCommand parent;

        @Option(names = "--kind", required = true, description = "What the rule watches (see above).")
        String kind;

        @Option(names = "--asset", defaultValue = "BTC", description = "BTC (default) or ETH.")
        String asset;

        @Option(names = "--venue", defaultValue = AlertRule.AGGREGATE, description = "A venue id (binance, bybit, okx, ...) or aggregate"
                + " (default: the OI-weighted funding of all venues).")
        String venue;

        @Option(names = "--threshold", defaultValue = "", description = "%%/yr for funding, %% for OI change (either way), points for risk.")
        String threshold;

        @Option(names = "--window", defaultValue = "", description = "A span: 30m, 24h, 7d.")
        String window;

        @Option(names = "--source", defaultValue = AlertRule.ANY_SOURCE, description = "A source id, or any (default).")
        String source;

        @Option(names = "--cooldown", defaultValue = "1h", description = "Quiet this long after firing (default 1h).")
        String cooldown;

        @Option(names = "--disabled", description = "Store it switched off.")
        boolean disabled;

        @Override
        public Integer call() {
            AlertKind k;
            try {
                k = AlertKind.parse(kind);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(parent.spec.commandLine(), "--kind: " + e.getMessage());
            }
            Set<String> sources = Set.copyOf(SourceCatalog.ids());
            AlertRuleForm.Checked c = new AlertRuleForm(k, asset, venue, threshold, window, source, cooldown, !disabled).check(0, sources);
            if (!c.ok()) {
                throw new ParameterException(parent.spec.commandLine(), c.errors().entrySet().stream()
                        .map(e -> "--" + e.getKey() + ": " + e.getValue()).collect(Collectors.joining("; ")));
            }
            try (AppContext ctx = parent.cli.openContext()) {
                AlertRule stored = ctx.alertRules().save(c.rule());
                parent.spec.commandLine().getOut().println(stored.id() + "\t" + stored.describe());
            }
            parent.spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
