package org.umbra.app;

import com.google.gson.Gson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * Reads a JSON file the user owns (settings, preferences) into its record, or says why it cannot be used and moves it
 * aside ({@link CorruptFiles}). The file may have been damaged by hand, by a crash or by another program: whatever Gson
 * or the record makes of it (a JsonParseException, a NumberFormatException for "width": "wide", a NullPointerException
 * for a null in a list) means the same, the defaults.
 */
final class JsonRecordFile {
    /** A usable record, or the problem and where the damaged file was kept; neither when there was no file. */
    record Read<T>(T value, String problem, Path keptAs) {
        static <T> Read<T> missing() {
            return new Read<>(null, null, null);
        }
    }

    private JsonRecordFile() {
    }

    static <T> Read<T> read(Path file, Gson gson, Class<T> type, Function<T, List<String>> problems, Instant now) {
        if (!Files.exists(file)) {
            return Read.missing();
        }
        String problem;
        try {
            T value = gson.fromJson(Files.readString(file, StandardCharsets.UTF_8), type);
            if (value == null) {
                problem = "it is empty";
            } else if (!problems.apply(value).isEmpty()) {
                problem = String.join("; ", problems.apply(value));
            } else {
                return new Read<>(value, null, null);
            }
        } catch (IOException | RuntimeException e) {
            problem = CorruptFiles.reason(e);
        }
        return new Read<>(null, problem, CorruptFiles.moveAside(file, now));
    }
}
