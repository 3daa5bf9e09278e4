package org.umbra.market.cftc;

import static org.umbra.market.Times.DAY;
import static org.umbra.market.Times.HOUR;
import static org.umbra.market.Times.SECOND;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.umbra.market.Feed;
import org.umbra.market.FeedCursor;
import org.umbra.market.FeedPage;
import org.umbra.market.MarketSource;
import org.umbra.market.Metric;
import org.umbra.market.SeriesBatch;
import org.umbra.market.SeriesSpec;
import org.umbra.market.cftc.CftcContracts.Contract;
import org.umbra.market.cftc.CftcDtos.TffRow;
import org.umbra.market.http.SourceException;
import org.umbra.market.http.VenueHttp;

/**
 * CME bitcoin and ether futures open interest from the CFTC Commitments of Traders (Traders in Financial Futures,
 * futures only) as the source {@code cftc}. One feed per contract market code (133741 Bitcoin, 133742 Micro Bitcoin,
 * 146021 Ether, 146022 Micro Ether), each stored as its own instrument named by the code:
 * {@code oi_contracts} (raw {@code open_interest_all}) and {@code oi_coin} = contracts × the contract's coin size
 * ({@link CftcContracts}). Series interval 7 days; a point is stamped at its report date (the Tuesday the positions
 * are as of) 00:00 UTC, although the CFTC publishes it on the Friday after. Backfills all history, then polls on
 * start and every Saturday 00:00 UTC (after Friday's 15:30 ET release), sooner while a week is overdue.
 */
public final class CftcSource implements MarketSource {
    public static final String ID = "cftc";
    public static final String DEFAULT_ENDPOINT = "https://publicreporting.cftc.gov";
    static final long WEEK = 7 * DAY;
    /** On Saturday 00:00 the newest report is 4 days old; older than this means a release is late (holidays): look again in 12 h. */
    static final long OVERDUE_AFTER = 10 * DAY;
    static final long OVERDUE_RETRY = 12 * HOUR;

    private final CftcClient client;
    private final List<Feed> feeds;

    /** {@code snapshotCadence} is not used: the report is weekly. The signature is every source's. */
    public CftcSource(VenueHttp http, Duration snapshotCadence) {
        this(new CftcClient(http), CftcContracts.ALL.stream().map(Contract::code).toList());
    }

    CftcSource(CftcClient client, List<String> codes) {
        this.client = client;
        List<Feed> all = new ArrayList<>();
        for (String code : codes) {
            Contract c = CftcContracts.BY_CODE.get(code);
            if (c == null) {
                throw new IllegalArgumentException("unsupported CFTC contract market code " + code);
            }
            all.add(new OpenInterestFeed(c));
        }
        this.feeds = List.copyOf(all);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "CFTC COT (CME futures)";
    }

    @Override
    public List<Feed> feeds() {
        return feeds;
    }

    static SeriesSpec spec(Contract c, Metric metric) {
        return SeriesSpec.of(ID, c.code(), c.asset(), metric, WEEK);
    }

    /** The next Saturday 00:00 UTC strictly after {@code now}. */
    static long nextSaturday(long now) {
        LocalDate today = Instant.ofEpochMilli(now).atZone(ZoneOffset.UTC).toLocalDate();
        LocalDate sat = today.with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
        return sat.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    private final class OpenInterestFeed implements Feed {
        private final Contract contract;
        private volatile long newestReport = -1;

        OpenInterestFeed(Contract contract) {
            this.contract = contract;
        }

        @Override
        public String id() {
            return contract.code() + "/oi-weekly";
        }

        @Override
        public FeedPage fetch(FeedCursor cursor, long now) throws SourceException {
            List<TffRow> rows = client.rows(contract.code(), cursor.isStart() ? -1 : cursor.position());
            SeriesBatch.Builder contracts = SeriesBatch.builder(spec(contract, Metric.OPEN_INTEREST_CONTRACTS));
            SeriesBatch.Builder coin = SeriesBatch.builder(spec(contract, Metric.OPEN_INTEREST_COIN));
            long last = cursor.position();
            java.util.Set<Long> seen = new java.util.HashSet<>();
            for (TffRow r : rows) {
                if (!seen.add(r.reportDate())) {
                    // Two rows for one week would mean a mixed view (futures-only and combined): refuse, never guess.
                    throw new SourceException(ID, SourceException.Kind.MALFORMED, "two rows for code " + contract.code()
                            + " on report date " + CftcParsers.soqlDate(r.reportDate()) + " (GET " + CftcClient.PATH + ")");
                }
                if (r.reportDate() <= cursor.position()) {
                    continue;
                }
                contracts.add(r.reportDate(), r.openInterest().doubleValue());
                coin.add(r.reportDate(), CftcContracts.coin(contract, r.openInterest()).doubleValue());
                last = Math.max(last, r.reportDate());
            }
            newestReport = Math.max(newestReport, last);
            // The venue's word (a full page); a page that did not advance is FeedRunner's to stop.
            boolean more = rows.size() >= client.pageRows();
            List<SeriesBatch> batches = contracts.size() == 0 ? List.of() : List.of(contracts.build(), coin.build());
            return new FeedPage(batches, new FeedCursor(last), more);
        }

        @Override
        public long nextRunAfter(long now) {
            long saturday = nextSaturday(now);
            // Report of Tuesday T is due Friday T+3; if the newest we hold is older than 10 days, one is late.
            if (newestReport >= 0 && now - newestReport > OVERDUE_AFTER) {
                return Math.min(saturday, now + OVERDUE_RETRY);
            }
            return saturday;
        }

        @Override
        public String toString() {
            return ID + ":" + id();
        }
    }
}
