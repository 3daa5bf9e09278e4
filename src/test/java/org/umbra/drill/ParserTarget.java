package org.umbra.drill;

import com.google.gson.JsonElement;
import java.util.function.Function;

/**
 * One venue parser fed from one recorded response: {@code fixture} is read next to {@code near} (the venue's test
 * package) and {@code parse} calls the package-private parser with the arguments its client passes.
 *
 * @param parser the parser's name, e.g. {@code binance fundingRates}; fixtures of one parser share its case budget
 */
public record ParserTarget(String parser, Class<?> near, String fixture, Function<JsonElement, ?> parse) {
    @Override
    public String toString() {
        return parser + " <- " + fixture;
    }
}
