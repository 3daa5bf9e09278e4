package org.umbra.market.cftc;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * A MockWebServer standing in for publicreporting.cftc.gov: weekly TFF rows generated with the shape fixture's
 * fields (values as strings), one per Tuesday from each code's first report date up to {@link #lastReport},
 * honouring the {@code $where} Umbra sends (code, and report date after a literal), {@code $order} ASC and
 * {@code $limit}. Tests can queue one-off faults.
 */
final class CftcMockVenue implements AutoCloseable {
    static final MockResponse PASS = new MockResponse();
    static final Map<String, LocalDate> FIRST = Map.of(
            "133741", LocalDate.parse("2018-04-10"), "133742", LocalDate.parse("2021-05-04"),
            "146021", LocalDate.parse("2021-04-06"), "146022", LocalDate.parse("2021-12-14"));
    private static final Pattern CODE = Pattern.compile("cftc_contract_market_code='(\\d+)'");
    private static final Pattern AFTER = Pattern.compile("report_date_as_yyyy_mm_dd>'([0-9T:.\\-]+)'");

    private final MockWebServer server = new MockWebServer();
    private final Queue<MockResponse> faults = new ConcurrentLinkedQueue<>();
    private final AtomicInteger hits = new AtomicInteger();
    private volatile LocalDate lastReport;

    CftcMockVenue(LocalDate lastReport) throws IOException {
        this.lastReport = lastReport;
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                HttpUrl url = request.getRequestUrl();
                hits.incrementAndGet();
                MockResponse fault = faults.poll();
                if (fault != null && fault != PASS) {
                    return fault;
                }
                if (!url.encodedPath().equals("/resource/gpe5-46if.json")) {
                    return new MockResponse().setResponseCode(404).setBody("{\"error\":true,\"message\":\"Not found\"}");
                }
                String where = url.queryParameter("$where");
                if (where == null || !"report_date_as_yyyy_mm_dd ASC".equals(url.queryParameter("$order"))) {
                    return new MockResponse().setResponseCode(400).setBody("{\"message\":\"test venue: unexpected query\"}");
                }
                Matcher code = CODE.matcher(where);
                if (!code.find()) {
                    return new MockResponse().setResponseCode(400).setBody("{\"message\":\"test venue: no code\"}");
                }
                Matcher after = AFTER.matcher(where);
                LocalDate afterDate = after.find() ? LocalDateTime.parse(after.group(1)).toLocalDate() : null;
                int limit = Integer.parseInt(url.queryParameter("$limit"));
                return json(rows(code.group(1), afterDate, limit));
            }
        });
        server.start();
    }

    /** Open interest of week {@code i} of a code, distinct per week. */
    static long oi(String code, int i) {
        return Long.parseLong(code.substring(3)) + 10L * i;
    }

    static LocalDate week(String code, int i) {
        return FIRST.get(code).plusWeeks(i);
    }

    private String rows(String code, LocalDate afterDate, int limit) {
        StringBuilder sb = new StringBuilder("[");
        int n = 0;
        for (int i = 0; n < limit; i++) {
            LocalDate d = week(code, i);
            if (d.isAfter(lastReport)) {
                break;
            }
            if (afterDate != null && !d.isAfter(afterDate)) {
                continue;
            }
            if (n++ > 0) {
                sb.append(',');
            }
            String yymmdd = d.toString().substring(2).replace("-", "");
            sb.append("{\"id\":\"").append(yymmdd).append(code).append("F\",")
                    .append("\"market_and_exchange_names\":\"TEST - CHICAGO MERCANTILE EXCHANGE\",")
                    .append("\"cftc_contract_market_code\":\"").append(code).append("\",")
                    .append("\"cftc_market_code\":\"CME\",")
                    .append("\"report_date_as_yyyy_mm_dd\":\"").append(d).append("T00:00:00.000\",")
                    .append("\"open_interest_all\":\"").append(oi(code, i)).append("\",")
                    .append("\"lev_money_positions_long\":\"8000\",\"dealer_positions_long_all\":\"2000\",")
                    .append("\"futonly_or_combined\":\"FutOnly\"}");
        }
        return sb.append(']').toString();
    }

    void setLastReport(LocalDate d) {
        lastReport = d;
    }

    static MockResponse json(String body) {
        return new MockResponse().setHeader("Content-Type", "application/json").setBody(body);
    }

    String baseUrl() {
        return server.url("/").toString();
    }

    void queueFault(MockResponse response) {
        faults.add(response);
    }

    int hits() {
        return hits.get();
    }

    @Override
    public void close() throws IOException {
        server.shutdown();
    }
}
