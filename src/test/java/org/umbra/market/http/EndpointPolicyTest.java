package org.umbra.market.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import okhttp3.HttpUrl;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EndpointPolicyTest {
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "http://127.0.0.1:3002/api", "http://127.255.0.9/", "http://[::1]:3000/", "http://localhost:8080/",
            "http://10.0.0.5/api", "http://10.255.255.255/",
            "http://172.16.0.1/", "http://172.31.255.254/",
            "http://192.168.1.20:3006/api",
            "http://169.254.10.1/",
            "http://[fc00::1]/", "http://[fd12:3456::7]:3002/",
            "http://umbrel.local/api", "http://node.lan:3002/", "http://NODE.LOCAL/"})
    void plainHttpIsAcceptedOnThisMachineAndLocalNetworks(String url) {
        HttpUrl u = HttpUrl.get(url);
        assertNull(EndpointPolicy.check(u), url);
        assertTrue(EndpointPolicy.isPlainHttpPrivate(u), url);
        assertEquals("Plain http: requests to " + u.host() + " are not encrypted. Accepted because it is this computer or your"
                + " local network; anyone on that network can read them.", EndpointPolicy.plainHttpNote(url));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "http://mempool.space/api", "http://blockstream.info/api", "http://8.8.8.8/",
            // Just outside the private ranges: 172.15 and 172.32 are public, so is 192.169, 169.255 and fe00::.
            "http://172.15.255.255/", "http://172.32.0.1/", "http://192.169.0.1/", "http://169.255.0.1/", "http://[fe00::1]/",
            "http://[2001:db8::1]/", "http://local.example.com/", "http://mylan/"})
    void plainHttpToAPublicHostIsRefused(String url) {
        HttpUrl u = HttpUrl.get(url);
        assertEquals("plain http is allowed only for this computer or a local network (" + u.host() + " is neither): use https",
                EndpointPolicy.check(u), url);
        assertFalse(EndpointPolicy.isPlainHttpPrivate(u), url);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"https://mempool.space/api", "https://192.168.1.20/api", "https://localhost/"})
    void httpsIsAlwaysAcceptedAndNeedsNoNote(String url) {
        HttpUrl u = HttpUrl.get(url);
        assertNull(EndpointPolicy.check(u));
        assertFalse(EndpointPolicy.isPlainHttpPrivate(u));
        assertNull(EndpointPolicy.plainHttpNote(url));
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"", "   ", "not a url", "ftp://192.168.1.2/", "http://"})
    void textThatIsNotAnHttpUrlHasNoNote(String text) {
        assertNull(EndpointPolicy.plainHttpNote(text));
    }
}
