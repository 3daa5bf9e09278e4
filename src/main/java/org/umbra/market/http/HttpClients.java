package org.umbra.market.http;

import java.time.Duration;
import okhttp3.OkHttpClient;

/** The application's one OkHttp client: one connection pool and dispatcher for every venue. */
public final class HttpClients {
    private HttpClients() {
    }

    public static OkHttpClient create(String userAgent) {
        return new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(10))
                .readTimeout(Duration.ofSeconds(20))
                .callTimeout(Duration.ofSeconds(60))
                .retryOnConnectionFailure(false)
                .addNetworkInterceptor(new SameHostRedirects())
                .addInterceptor(chain -> chain.proceed(chain.request().newBuilder().header("User-Agent", userAgent).build()))
                .build();
    }
}
