package org.umbra.ledger.bip329;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Writes BIP-329 JSON Lines: one compact object per line, each line ended by {@code \n}. Keys come in a fixed
 * order (type, ref, label, origin, spendable, then the extras as read), absent fields are left out, and
 * nothing is HTML-escaped, so reading a file this writer made and writing it again gives the same bytes.
 */
public final class Bip329Writer {
    // no HTML escaping: "'" in an origin like wpkh([d34db33f/84'/0'/0']) stays as it is; nulls inside extras are kept
    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().serializeNulls().create();

    /** Writes to {@code out}, which the caller has opened as UTF-8; does not close it. */
    public void write(List<LabelRecord> records, Writer out) throws IOException {
        for (LabelRecord record : records) {
            out.write(line(record));
            out.write('\n');
        }
        out.flush();
    }

    /** Writes the file in UTF-8, replacing what was there. */
    public void write(List<LabelRecord> records, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(records, out);
        }
    }

    /** One record as its JSON line, without the line end. */
    public static String line(LabelRecord record) throws IOException {
        StringWriter text = new StringWriter();
        JsonWriter json = GSON.newJsonWriter(text);
        json.beginObject();
        json.name("type").value(record.type().wireName());
        json.name("ref").value(record.ref());
        if (record.label() != null) {
            json.name("label").value(record.label());
        }
        if (record.origin() != null) {
            json.name("origin").value(record.origin());
        }
        if (record.spendable() != null) {
            json.name("spendable").value(record.spendable());
        }
        for (Map.Entry<String, JsonElement> extra : record.extras().entrySet()) {
            json.name(extra.getKey());
            GSON.toJson(extra.getValue(), json);
        }
        json.endObject();
        json.flush();
        return text.toString();
    }
}
