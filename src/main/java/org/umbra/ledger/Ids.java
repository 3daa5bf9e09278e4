package org.umbra.ledger;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The stored and exported names of the ledger's enums: the constant's name in lower case. */
final class Ids {
    private Ids() {
    }

    static String of(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    /** The constant named {@code id}; otherwise refused naming {@code what} and every name it could have been. */
    static <E extends Enum<E>> E parse(E[] values, String id, String what) {
        for (E v : values) {
            if (of(v).equals(id)) {
                return v;
            }
        }
        List<String> names = Arrays.stream(values).map(Ids::of).toList();
        String choices = names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
        throw new IllegalArgumentException("unknown " + what + " '" + id + "' (" + choices + ")");
    }
}
