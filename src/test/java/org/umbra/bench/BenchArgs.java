package org.umbra.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A benchmark's {@code --name=value} options (whole numbers), each with a default. The bench profile hands
 * {@code -Dbench.args="a b"} over as one argument, so every argument is split on whitespace first.
 */
public final class BenchArgs {
    private BenchArgs() {
    }

    /** {@code defaults} (in the order given) overridden by {@code args}; an unknown name or a non-number is refused. */
    public static Map<String, Long> parse(String[] args, Map<String, Long> defaults) {
        Map<String, Long> out = new LinkedHashMap<>(defaults);
        for (String a : Arrays.stream(args).flatMap(s -> Arrays.stream(s.trim().split("\\s+"))).filter(s -> !s.isEmpty()).toList()) {
            String[] kv = a.split("=", 2);
            if (kv.length != 2 || !out.containsKey(kv[0])) {
                throw new IllegalArgumentException("unknown argument '" + a + "' (known, with defaults: " + defaults + ")");
            }
            try {
                out.put(kv[0], Long.parseLong(kv[1].replace("_", "")));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("argument " + kv[0] + " needs a whole number, got '" + kv[1] + "'", e);
            }
        }
        return out;
    }

    /** Defaults in the order given (for the usage message): {@code ordered("--points", 1_000_000L, "--forks", 2L)}. */
    public static Map<String, Long> ordered(Object... nameThenValue) {
        if (nameThenValue.length % 2 != 0) {
            throw new IllegalArgumentException("expected name, value pairs, got " + nameThenValue.length + " items");
        }
        Map<String, Long> out = new LinkedHashMap<>();
        for (int i = 0; i < nameThenValue.length; i += 2) {
            out.put((String) nameThenValue[i], (Long) nameThenValue[i + 1]);
        }
        return out;
    }
}
