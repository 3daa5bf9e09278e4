package org.umbra.drill;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The numbers and timestamps held by a parser's result, found by walking its records and lists (the venue DTOs are
 * package-private records, so they are read by reflection). A {@code long} component is a timestamp when its name says
 * so ({@code time}, {@code ts}, {@code …Timestamp}, {@code …Date}, {@code …Millis}) and it is not an interval.
 */
record ParsedValues(List<Named<BigDecimal>> numbers, List<Named<Long>> timestamps) {
    record Named<T>(String path, T value) {
    }

    static ParsedValues of(Object result) {
        ParsedValues v = new ParsedValues(new ArrayList<>(), new ArrayList<>());
        v.walk(result, "result", "result");
        return v;
    }

    private void walk(Object o, String path, String name) {
        if (o == null || o instanceof String || o instanceof Enum<?> || o instanceof Boolean) {
            return;
        }
        if (o instanceof BigDecimal d) {
            numbers.add(new Named<>(path, d));
        } else if (o instanceof Integer i) {
            numbers.add(new Named<>(path, BigDecimal.valueOf(i)));
        } else if (o instanceof Long l) {
            String n = name.toLowerCase(Locale.ROOT);
            boolean stamp = !n.contains("interval") && (n.contains("time") || n.equals("ts") || n.contains("date") || n.endsWith("millis"));
            if (stamp) {
                timestamps.add(new Named<>(path, l));
            }
        } else if (o instanceof Collection<?> c) {
            int i = 0;
            for (Object e : c) {
                walk(e, path + "[" + i++ + "]", name);
            }
        } else if (o instanceof Record r) {
            for (RecordComponent rc : r.getClass().getRecordComponents()) {
                try {
                    var accessor = rc.getAccessor();
                    accessor.setAccessible(true);
                    walk(accessor.invoke(r), path + "." + rc.getName(), rc.getName());
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError("cannot read " + path + "." + rc.getName(), e);
                }
            }
        } else {
            throw new AssertionError("a parser result holds a " + o.getClass().getName() + " at " + path + ": teach ParsedValues to read it");
        }
    }
}
