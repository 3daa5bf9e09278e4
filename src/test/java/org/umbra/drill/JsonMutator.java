package org.umbra.drill;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded mutations of a recorded JSON body: on its tree (a value's type swapped, a field dropped or renamed, a row
 * duplicated or removed, an array emptied, a node wrapped or unwrapped, a number made huge, tiny, negative, fractional,
 * scaled or sent as a string) and on its text (cut at a random offset, bytes deleted, inserted or replaced).
 */
final class JsonMutator {
    /** Values a venue might send in place of any other: every JSON type, and numbers and stamps that look almost right. */
    private static final List<JsonElement> ODD_VALUES = List.of(
            JsonNull.INSTANCE, new JsonObject(), new JsonArray(), new JsonPrimitive(true), new JsonPrimitive(false),
            new JsonPrimitive(0), new JsonPrimitive(-1), new JsonPrimitive(new BigDecimal("1e400")),
            new JsonPrimitive(new BigDecimal("-1e400")), new JsonPrimitive(new BigDecimal("1e-400")),
            new JsonPrimitive(new BigDecimal("1e999999999")), new JsonPrimitive(new BigDecimal("-1e-999999999")),
            new JsonPrimitive(new BigDecimal("99999999999999999999999")), new JsonPrimitive(new BigDecimal("1.5")),
            new JsonPrimitive(""), new JsonPrimitive(" "), new JsonPrimitive("NaN"), new JsonPrimitive("Infinity"),
            new JsonPrimitive("-Infinity"), new JsonPrimitive("1e400"), new JsonPrimitive("-1e400"), new JsonPrimitive("-0"),
            new JsonPrimitive("1e999999999"), new JsonPrimitive("-1e999999999"), new JsonPrimitive("1E-999999999"),
            new JsonPrimitive("0x1F"), new JsonPrimitive("1,5"), new JsonPrimitive(" 7 "), new JsonPrimitive("+1e2"),
            new JsonPrimitive("abc"), new JsonPrimitive("null"), new JsonPrimitive("true"), new JsonPrimitive("9223372036854775808"),
            new JsonPrimitive("2024-11-25T04:00:00.000Z"), new JsonPrimitive("+999999999-12-31T23:59:59Z"),
            new JsonPrimitive("-999999999-01-01T00:00:00Z"), new JsonPrimitive("1970-01-01T00:00:00.000Z"),
            new JsonPrimitive("2000-01-01T00:00:00.000Z"), new JsonPrimitive("2026-09-08T00:00:00.000"),
            new JsonPrimitive("1999-06-15T00:00:00.000"),
            new JsonPrimitive("+999999999-12-31T00:00:00"), new JsonPrimitive("2000-01-08T00:00:00.000Z"));
    private static final String TEXT_ALPHABET = "{}[]\":,0123456789-+.eE nultrfasNI\\\u00e9\uFEFF";

    private final Random random;

    JsonMutator(Random random) {
        this.random = random;
    }

    /** A mutated copy of {@code body} as text (which may no longer be JSON); {@code body} is not changed. */
    String mutate(JsonElement body) {
        if (random.nextInt(4) == 0) {
            return mutateText(body.toString());
        }
        JsonElement copy = body.deepCopy();
        for (int k = 1 + random.nextInt(2); k > 0; k--) {
            copy = mutateTree(copy);
        }
        return copy.toString();
    }

    private String mutateText(String text) {
        if (random.nextInt(3) == 0) {
            return text.substring(0, random.nextInt(text.length()));   // truncated, as a dropped connection leaves it
        }
        return CharEdits.apply(random, text, TEXT_ALPHABET);
    }

    /** One tree mutation at a random node; returns the new root (the root itself may be replaced). */
    private JsonElement mutateTree(JsonElement root) {
        List<Slot> slots = new ArrayList<>();
        collect(root, slots);
        Slot s = slots.get(random.nextInt(slots.size()));
        JsonElement node = s.node();
        JsonElement replacement = switch (random.nextInt(9)) {
            case 0, 1 -> ODD_VALUES.get(random.nextInt(ODD_VALUES.size())).deepCopy();
            case 2, 3 -> variant(node);
            case 4 -> {
                JsonArray wrapped = new JsonArray();
                wrapped.add(node);
                yield wrapped;   // wrong nesting: one level too deep
            }
            case 5 -> node.isJsonArray() && !node.getAsJsonArray().isEmpty() ? node.getAsJsonArray().get(0)
                    : node.isJsonObject() && !node.getAsJsonObject().isEmpty() ? node.getAsJsonObject().entrySet().iterator().next().getValue()
                    : JsonNull.INSTANCE;   // wrong nesting: one level too shallow
            case 6 -> {
                if (node.isJsonArray()) {
                    yield rowsChanged(node.getAsJsonArray());
                }
                yield ODD_VALUES.get(random.nextInt(ODD_VALUES.size())).deepCopy();
            }
            default -> {
                if (node.isJsonObject() && !node.getAsJsonObject().isEmpty()) {
                    yield fieldChanged(node.getAsJsonObject());
                }
                yield variant(node);
            }
        };
        if (s.parentObject() != null) {
            s.parentObject().add(s.key(), replacement);
        } else if (s.parentArray() != null) {
            s.parentArray().set(s.index(), replacement);
        } else {
            return replacement;
        }
        return root;
    }

    /** A row duplicated, removed, or the array emptied. */
    private JsonArray rowsChanged(JsonArray a) {
        JsonArray out = a.deepCopy();
        if (out.isEmpty() || random.nextInt(4) == 0) {
            return new JsonArray();
        }
        int i = random.nextInt(out.size());
        if (random.nextBoolean()) {
            out.add(out.get(i).deepCopy());
        } else {
            out.remove(i);
        }
        return out;
    }

    /** A field dropped or renamed. */
    private JsonObject fieldChanged(JsonObject o) {
        JsonObject out = o.deepCopy();
        List<String> keys = new ArrayList<>(out.keySet());
        String key = keys.get(random.nextInt(keys.size()));
        JsonElement v = out.remove(key);
        if (random.nextBoolean()) {
            out.add(key.toUpperCase(java.util.Locale.ROOT) + "_", v);
        }
        return out;
    }

    /** A value close to the node's own: a number changed in size, sign or form, or sent as the other JSON type. */
    private JsonElement variant(JsonElement node) {
        if (!node.isJsonPrimitive()) {
            return ODD_VALUES.get(random.nextInt(ODD_VALUES.size())).deepCopy();
        }
        JsonPrimitive p = node.getAsJsonPrimitive();
        BigDecimal n = number(p);
        if (n == null) {
            String s = p.getAsString();
            return switch (random.nextInt(3)) {
                case 0 -> new JsonPrimitive(s.isEmpty() ? "x" : s.substring(0, random.nextInt(s.length())));
                case 1 -> new JsonPrimitive(s + s);
                default -> new JsonPrimitive(s.toLowerCase(java.util.Locale.ROOT));
            };
        }
        if (Math.abs((long) n.precision() - n.scale()) > 1_000) {
            // Already absurd (1e999999999): arithmetic on it would build a billion-digit number; the odd values cover it.
            return ODD_VALUES.get(random.nextInt(ODD_VALUES.size())).deepCopy();
        }
        BigDecimal changed = switch (random.nextInt(7)) {
            case 0 -> n.negate();
            case 1 -> n.movePointRight(3);   // a unit mistake: seconds to ms, ms to µs
            case 2 -> n.movePointLeft(3);
            case 3 -> n.add(new BigDecimal("0.5"));
            case 4 -> n.scaleByPowerOfTen(300 + random.nextInt(200));
            case 5 -> n.scaleByPowerOfTen(-300 - random.nextInt(200));
            default -> BigDecimal.ZERO;
        };
        return switch (random.nextInt(3)) {
            case 0 -> new JsonPrimitive(changed.toString());    // sent as a string, e.g. "1E+400"
            case 1 -> p.isString() ? new JsonPrimitive(n) : new JsonPrimitive(n.toString());   // the same value, the other type
            default -> new JsonPrimitive(changed);
        };
    }

    private static BigDecimal number(JsonPrimitive p) {
        if (p.isBoolean()) {
            return null;
        }
        try {
            return new BigDecimal(p.getAsString().trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Every node with where it hangs (the root first, hanging nowhere), so any of them can be replaced. */
    private static void collect(JsonElement root, List<Slot> out) {
        out.add(new Slot(root, null, null, null, -1));
        collectChildren(root, out);
    }

    private static void collectChildren(JsonElement node, List<Slot> out) {
        if (node.isJsonObject()) {
            for (var e : node.getAsJsonObject().entrySet()) {
                out.add(new Slot(e.getValue(), node.getAsJsonObject(), e.getKey(), null, -1));
                collectChildren(e.getValue(), out);
            }
        } else if (node.isJsonArray()) {
            JsonArray a = node.getAsJsonArray();
            for (int i = 0; i < a.size(); i++) {
                out.add(new Slot(a.get(i), null, null, a, i));
                collectChildren(a.get(i), out);
            }
        }
    }

    private record Slot(JsonElement node, JsonObject parentObject, String key, JsonArray parentArray, int index) {
    }
}
