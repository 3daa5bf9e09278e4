package org.umbra.market.cftc;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.umbra.market.cftc.CftcDtos.TffRow;
import org.umbra.market.http.RateLimiter;
import org.umbra.market.http.SourceException;
import org.umbra.market.http.VenueHttp;
import org.umbra.market.http.VenueHttp.Cost;

/**
 * The CFTC public reporting portal (Socrata), dataset {@code gpe5-46if}: Traders in Financial Futures, futures only.
 * No key; the CFTC publishes no number, only that moderate keyless use works, so Umbra allows itself 10 requests a
 * minute (a whole backfill of the four contracts is four requests).
 */
public final class CftcClient {
    static final String TFF_FUTURES_ONLY = "gpe5-46if";
    static final String PATH = "/resource/" + TFF_FUTURES_ONLY + ".json";
    /** Rows per page; BTC weekly since 2018 is about 450 rows, so one page each, but paging is there. */
    static final int PAGE_ROWS = 500;
    static final String DATE = "report_date_as_yyyy_mm_dd";
    static final String CODE = "cftc_contract_market_code";

    private final VenueHttp http;
    private final RateLimiter requests;
    private final int pageRows;

    public CftcClient(VenueHttp http) {
        this(http, new RateLimiter("cftc requests", 10, Duration.ofMinutes(1)), PAGE_ROWS);
    }

    /** Tests pass a small page to exercise paging with a few hundred rows. */
    CftcClient(VenueHttp http, RateLimiter requests, int pageRows) {
        this.http = http;
        this.requests = requests;
        this.pageRows = pageRows;
    }

    int pageRows() {
        return pageRows;
    }

    /**
     * Rows of one contract market code with a report date after {@code afterReportDate} (or all, when it is
     * negative), oldest first, at most {@link #pageRows()}. Paged by report date (keyset) rather than by $offset:
     * a new week published between two pages cannot shift the rows under the cursor. No {@code $select}: a column
     * Umbra names but the live dataset lacks would fail every request; whole rows are small enough.
     */
    List<TffRow> rows(String code, long afterReportDate) throws SourceException {
        String where = CODE + "='" + code + "'"
                + (afterReportDate < 0 ? "" : " AND " + DATE + ">'" + CftcParsers.soqlDate(afterReportDate) + "'");
        Map<String, String> q = new LinkedHashMap<>();
        q.put("$where", where);
        q.put("$order", DATE + " ASC");
        q.put("$limit", Integer.toString(pageRows));
        q.put("$offset", "0");
        return http.getJson(PATH, q, List.of(new Cost(requests, 1)), body -> CftcParsers.tffRows(body, code));
    }
}
