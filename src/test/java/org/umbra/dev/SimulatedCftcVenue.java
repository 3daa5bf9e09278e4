package org.umbra.dev;

import static org.umbra.dev.SimulatedMarket.DAY;
import static org.umbra.dev.SimulatedMarket.HOUR;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * A stand-in for publicreporting.cftc.gov ({@code cftc}): the Socrata dataset {@code gpe5-46if} (TFF, futures
 * only) answering the SoQL Umbra sends ({@code $where} code [and report date after], ascending, {@code $limit}),
 * rows shaped like src/test/resources/org/umbra/market/cftc (every value a string), one per Tuesday from each
 * contract's first report (Bitcoin 2018-04-10, Micro Bitcoin 2021-05-04, Ether 2021-04-06, Micro Ether
 * 2021-12-14), published the Friday after at 15:30 US Eastern. Open interest is SIMULATED. The CFTC publishes no
 * rate limit, so none is enforced: the run only counts requests.
 */
public final class SimulatedCftcVenue implements SimulatedVenue {
    private static final Map<String, Long> FIRST = Map.of("133741", SimulatedMarket.utc("2018-04-10"), "133742",
            SimulatedMarket.utc("2021-05-04"), "146021", SimulatedMarket.utc("2021-04-06"), "146022", SimulatedMarket.utc("2021-12-14"));
    private static final Pattern CODE = Pattern.compile("cftc_contract_market_code='(\\d+)'");
    private static final Pattern AFTER = Pattern.compile("report_date_as_yyyy_mm_dd>'([0-9T:.-]+)'");
    /** Friday 15:30 US Eastern (20:30 UTC in winter) after the Tuesday the positions are as of. */
    private static final long PUBLISHED_AFTER = 3 * DAY + 20 * HOUR + 30 * 60_000L;

    private final long since;

    public SimulatedCftcVenue(long since) {
        this.since = since;
    }

    @Override
    public String sourceId() {
        return "cftc";
    }

    @Override
    public List<VenueLimit> limits() {
        return List.of();
    }

    @Override
    public MockResponse badRequest(String message) {
        JsonObject o = new JsonObject();
        o.addProperty("code", "query.compiler.malformed");
        o.addProperty("error", true);
        o.addProperty("message", message);
        return SimulatedMarket.json(o.toString()).setResponseCode(400);
    }

    @Override
    public MockResponse respond(RecordedRequest request, long now) {
        HttpUrl url = request.getRequestUrl();
        if (!url.encodedPath().equals("/resource/gpe5-46if.json")) {
            throw new IllegalArgumentException("unknown dataset " + url.encodedPath());
        }
        String where = SimulatedMarket.require(url, "$where");
        Matcher code = CODE.matcher(where);
        if (!code.find() || !FIRST.containsKey(code.group(1))) {
            throw new IllegalArgumentException("no such contract market code in " + where);
        }
        if (!"report_date_as_yyyy_mm_dd ASC".equals(url.queryParameter("$order"))) {
            throw new IllegalArgumentException("expected $order=report_date_as_yyyy_mm_dd ASC");
        }
        Matcher after = AFTER.matcher(where);
        long from = after.find() ? LocalDateTime.parse(after.group(1)).toInstant(ZoneOffset.UTC).toEpochMilli() + 1 : 0;
        int limit = SimulatedMarket.intParam(url, "$limit", 1000);
        String c = code.group(1);
        JsonArray rows = new JsonArray();
        SimulatedMarket.grid(FIRST.get(c), 7 * DAY, Math.max(since, from), now - PUBLISHED_AFTER, limit).forEach(t -> {
            boolean btc = c.startsWith("1337");
            long oi = Math.round((c.endsWith("1") ? 20_000 : 60_000) * SimulatedMarket.oiCoin(btc, t) / SimulatedMarket.oiCoin(btc, 0));
            String date = LocalDateTime.ofEpochSecond(t / 1000, 0, ZoneOffset.UTC).toLocalDate().toString();
            JsonObject o = new JsonObject();
            o.addProperty("id", date.substring(2).replace("-", "") + c + "F");
            o.addProperty("cftc_contract_market_code", c);
            o.addProperty("report_date_as_yyyy_mm_dd", date + "T00:00:00.000");
            o.addProperty("futonly_or_combined", "FutOnly");
            o.addProperty("open_interest_all", Long.toString(oi));
            rows.add(o);
        });
        return SimulatedMarket.json(rows.toString());
    }
}
