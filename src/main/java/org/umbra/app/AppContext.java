package org.umbra.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import okhttp3.OkHttpClient;
import org.umbra.collect.BundledHistoryImport;
import org.umbra.collect.Collector;
import okhttp3.HttpUrl;
import org.umbra.ledger.ChainChecks;
import org.umbra.ledger.LedgerBook;
import org.umbra.ledger.chain.ChainVerifier;
import org.umbra.ledger.chain.EsploraClient;
import org.umbra.ledger.chain.HoldingVerifier;
import org.umbra.ledger.chain.WatchEntries;
import org.umbra.market.http.VenueHttp;
import org.umbra.alerts.AlertRuleStore;
import org.umbra.store.AlertLog;
import org.umbra.market.MarketSource;
import org.umbra.market.bundled.BundledHistory;
import org.umbra.market.http.Backoff;
import org.umbra.market.http.HttpClients;
import org.umbra.export.LedgerAutoBackup;
import org.umbra.export.MigrationBackup;
import org.umbra.store.Database;
import org.umbra.store.Migrations;
import org.umbra.store.DbWriter;
import org.umbra.store.FeedStateRepository;
import org.umbra.store.MetaRepository;
import org.umbra.store.SeriesRepository;

/**
 * The composition root, built by hand: the database, its writer and repositories, and (on demand) the
 * one HTTP client and the collector. Every command and the window get their services here.
 */
public final class AppContext implements AutoCloseable {
    public static final String VERSION = versionOf();

    private final Path databaseFile;
    private final Database database;
    private final DbWriter writer;
    private final SeriesRepository series;
    private final FeedStateRepository feedStates;
    private final MetaRepository meta;
    private final Clock clock;
    /** Built with the first collector: OkHttp and the TLS trust store it loads were on the window's start-up path. */
    private OkHttpClient http;
    private volatile Settings settings;
    private Collector collector;
    private LedgerBook ledger;
    private ChainChecks chainChecks;
    private AlertLog alerts;
    private AlertRuleStore alertRules;

    /** Opens the database (migrating it, importing the bundled history on first use). */
    public AppContext(Path databaseFile, Settings settings, Clock clock) {
        this.databaseFile = databaseFile;
        this.settings = settings;
        this.clock = clock;
        // The ledger is backed up before any migration; a damaged file is moved aside and a new one started (notice()).
        this.database = Database.open(databaseFile, new MigrationBackup(clock), Migrations.standard(), clock);
        this.writer = new DbWriter(database);
        this.series = new SeriesRepository(database, writer);
        this.feedStates = new FeedStateRepository(database, writer);
        this.meta = new MetaRepository(database);
        new BundledHistoryImport(BundledHistory.fromClasspath(), series, meta).importIfNeeded();
        series.buildMissingRollups(); // Only a database from before rollups has any; reads stay raw until built.
    }

    /** What the user must be told about the database at start-up: a damaged file moved aside, where, and how to restore. */
    public Optional<String> notice() {
        return database.damaged().map(d -> {
            Path backups = LedgerAutoBackup.folderFor(d.file());
            return DamagedDatabaseNotice.text(d, backups, LedgerAutoBackup.newest(backups));
        });
    }

    public Path databaseFile() {
        return databaseFile;
    }

    public int schemaVersion() {
        return database.schemaVersion();
    }

    public SeriesRepository series() {
        return series;
    }

    /** The user's holdings, read from the history the first time they are asked for. */
    public synchronized LedgerBook ledger() {
        if (ledger == null) {
            ledger = new LedgerBook(database, writer, clock);
        }
        return ledger;
    }

    public synchronized ChainChecks chainChecks() {
        if (chainChecks == null) {
            chainChecks = new ChainChecks(database, writer);
        }
        return chainChecks;
    }

    public synchronized AlertLog alerts() {
        if (alerts == null) {
            alerts = new AlertLog(database, writer);
        }
        return alerts;
    }

    /** The alert rules the user set. */
    public synchronized AlertRuleStore alertRules() {
        if (alertRules == null) {
            alertRules = new AlertRuleStore(database, writer);
        }
        return alertRules;
    }

    /** Checks holdings against the Esplora endpoint in the settings now in force. */
    public HoldingVerifier holdingVerifier() {
        Settings s = settings;
        HttpUrl url = HttpUrl.parse(s.esploraEndpoint());
        if (url == null) {
            throw new IllegalArgumentException("the Esplora endpoint '" + s.esploraEndpoint() + "' is not an http or https URL");
        }
        EsploraClient client = new EsploraClient(new VenueHttp(EsploraClient.SOURCE_ID, http(), url, clock));
        return new HoldingVerifier(new ChainVerifier(client), chainChecks(), clock);
    }

    /** Checks a holding's watch-only entries on the ledger's network. */
    public WatchEntries watchCheck() {
        return new WatchEntries(WatchEntries.network(settings.bitcoinNetwork()));
    }

    public FeedStateRepository feedStates() {
        return feedStates;
    }

    public Clock clock() {
        return clock;
    }

    public Settings settings() {
        return settings;
    }

    /** Builds a collector for the given sources (not started). The caller owns and closes it. */
    public Collector newCollector(List<String> sourceIds) {
        List<MarketSource> sources = SourceCatalog.build(sourceIds, settings, http(), clock);
        return new Collector(sources, series, feedStates, clock, Backoff.standard());
    }

    private synchronized OkHttpClient http() {
        if (http == null) {
            http = HttpClients.create("Umbra/" + VERSION);
        }
        return http;
    }

    /** The window's collector: the enabled sources, polling in the background. */
    public synchronized Collector collector() {
        if (collector == null) {
            collector = newCollector(settings.enabledSources());
        }
        return collector;
    }

    /**
     * Applies new settings; the collector is rebuilt with the new endpoints and cadences.
     * @return the new collector, started, or null when none was running
     */
    public synchronized Collector applySettings(Settings newSettings) {
        this.settings = newSettings;
        if (collector == null) {
            return null;
        }
        collector.close();
        collector = newCollector(newSettings.enabledSources());
        collector.start();
        return collector;
    }

    @Override
    public synchronized void close() {
        if (collector != null) {
            collector.close();
        }
        series.close(); // First: rollup builds still queued are dropped, so the writer closes after its real work.
        writer.close();
        if (http != null) {
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
    }

    private static String versionOf() {
        String v = AppContext.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
