package org.umbra.ledger.bip329;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** One JSON object to a {@link LabelRecord}, following the spec's rules for each field. */
final class LabelRecordParser {
    /** The length the spec suggests importers may truncate to; we keep longer labels whole and warn. */
    static final int SUGGESTED_MAX_LABEL = 255;

    sealed interface Outcome permits Parsed, Invalid, UnknownType {
    }

    /** A record, with warnings (without line numbers). */
    record Parsed(LabelRecord record, List<String> warnings) implements Outcome {
    }

    /** What is wrong, naming the field (without the line number). */
    record Invalid(String reason) implements Outcome {
    }

    /** A type the spec does not define (yet): to be skipped, not refused. */
    record UnknownType(String type) implements Outcome {
    }

    private final RefFormat refs;

    LabelRecordParser(RefValidator validator) {
        this.refs = new RefFormat(validator);
    }

    Outcome parse(JsonObject object) {
        try {
            String typeName = requiredString(object, "type");
            Optional<LabelType> known = LabelType.fromWireName(typeName);
            if (known.isEmpty()) {
                Optional<LabelType> otherCase = LabelType.fromWireName(typeName.toLowerCase(Locale.ROOT));
                if (otherCase.isPresent()) {
                    return new Invalid("\"type\" must be lower case: \"" + otherCase.get().wireName() + "\", not \"" + typeName + "\"");
                }
                return new UnknownType(typeName);
            }
            LabelType type = known.get();
            String ref = requiredString(object, "ref");
            String refProblem = refs.problem(type, ref);
            if (refProblem != null) {
                return new Invalid(refProblem);
            }
            String label = optionalString(object, "label");
            String origin = optionalString(object, "origin");
            Boolean spendable = spendable(object, type);
            List<String> warnings = new ArrayList<>();
            if (label != null && label.codePointCount(0, label.length()) > SUGGESTED_MAX_LABEL) {
                warnings.add("the label is " + label.codePointCount(0, label.length()) + " characters long, more than the "
                        + SUGGESTED_MAX_LABEL + " the spec suggests; kept whole");
            }
            return new Parsed(new LabelRecord(type, ref, label, origin, spendable, extras(object)), warnings);
        } catch (FieldProblem p) {
            return new Invalid(p.getMessage());
        }
    }

    private static String requiredString(JsonObject object, String field) throws FieldProblem {
        if (!object.has(field)) {
            throw new FieldProblem("\"" + field + "\" is missing");
        }
        String value = optionalString(object, field);
        if (value.isEmpty()) {
            throw new FieldProblem("\"" + field + "\" is empty");
        }
        return value;
    }

    private static String optionalString(JsonObject object, String field) throws FieldProblem {
        JsonElement e = object.get(field);
        if (e == null) {
            return null;
        }
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
            throw new FieldProblem("\"" + field + "\" must be a JSON string, found " + JsonLine.kind(e));
        }
        return e.getAsString();
    }

    private static Boolean spendable(JsonObject object, LabelType type) throws FieldProblem {
        JsonElement e = object.get("spendable");
        if (e == null) {
            return null;
        }
        if (type != LabelType.OUTPUT) {
            throw new FieldProblem("\"spendable\" is only allowed on output records, not on a " + type.wireName() + " record");
        }
        if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isBoolean()) {
            return e.getAsBoolean();
        }
        if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isString()) {
            String text = e.getAsString();
            String meant = text.trim().toLowerCase(Locale.ROOT);
            if (meant.equals("true") || meant.equals("false")) {
                // the trap the spec warns about: "false" in quotes is a non-empty string, which many readers take as true
                throw new FieldProblem("\"spendable\" must be the JSON boolean " + meant + " without quotes, not the string \"" + text + "\"");
            }
        }
        throw new FieldProblem("\"spendable\" must be true or false (a JSON boolean), found " + JsonLine.kind(e));
    }

    private static JsonObject extras(JsonObject object) {
        JsonObject extras = new JsonObject();
        for (Map.Entry<String, JsonElement> field : object.entrySet()) {
            if (!LabelRecord.CORE_FIELDS.contains(field.getKey())) {
                extras.add(field.getKey(), field.getValue());
            }
        }
        return extras;
    }

    /** A field breaks the spec; only ever caught in {@link #parse}. */
    private static final class FieldProblem extends Exception {
        FieldProblem(String message) {
            super(message, null, false, false);
        }
    }
}
