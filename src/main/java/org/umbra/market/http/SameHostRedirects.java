package org.umbra.market.http;

import java.io.IOException;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Lets OkHttp follow a redirect only to the same host: a venue's endpoint that sends us elsewhere (a captive
 * portal, a hijacked DNS name, a moved API) is reported, not trusted. A redirect to another host is handed back
 * without its {@code Location}, so OkHttp stops there, and marked for {@link VenueHttp}'s message.
 */
final class SameHostRedirects implements Interceptor {
    /** Header carrying the refused target on the response handed back. */
    static final String REFUSED = "X-Umbra-Redirect-Refused";

    @Override
    public Response intercept(Chain chain) throws IOException {
        Response response = chain.proceed(chain.request());
        if (!response.isRedirect()) {
            return response;
        }
        String location = response.header("Location");
        HttpUrl from = chain.request().url();
        HttpUrl to = location == null ? null : from.resolve(location);
        if (to == null || (to.host().equalsIgnoreCase(from.host()) && to.scheme().equals(from.scheme()))) {
            return response;
        }
        return response.newBuilder().removeHeader("Location").header(REFUSED, to.scheme() + "://" + to.host()).build();
    }
}
