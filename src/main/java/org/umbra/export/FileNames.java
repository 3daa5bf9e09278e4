package org.umbra.export;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * A file name suggested from text (a view's name, a title, a label the user typed) that every desktop OS accepts:
 * no path separators or characters Windows forbids, no control characters, no leading dot (hidden file) or trailing
 * dot or space (Windows drops them), not a reserved device name (CON, NUL, COM1…), and short enough for any file
 * system once the extension is added. Letters of any script are kept; runs of anything else become one hyphen.
 */
public final class FileNames {
    /** Bytes many file systems allow for a name are 255; leave room for an extension and a "(2)" from the OS. */
    static final int MAX_STEM = 100;
    private static final Set<String> WINDOWS_RESERVED = Set.of("con", "prn", "aux", "nul", "com1", "com2", "com3", "com4",
            "com5", "com6", "com7", "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

    private FileNames() {
    }

    /**
     * {@code parts} joined by hyphens, cleaned, then {@code extension} (e.g. ".png"); "umbra" when nothing usable is
     * left of the parts.
     */
    public static String suggest(String extension, String... parts) {
        StringBuilder stem = new StringBuilder();
        for (String part : parts) {
            String clean = clean(part);
            if (!clean.isEmpty()) {
                stem.append(stem.length() == 0 ? "" : "-").append(clean);
            }
        }
        String name = stem.length() == 0 ? "umbra" : stem.toString();
        if (name.length() > MAX_STEM) {
            name = trimHyphens(name.substring(0, Character.isHighSurrogate(name.charAt(MAX_STEM - 1)) ? MAX_STEM - 1 : MAX_STEM));
        }
        if (WINDOWS_RESERVED.contains(name.toLowerCase(Locale.ROOT))) {
            name = name + "-file";
        }
        return name + extension;
    }

    /** Letters and digits of any script kept, lower-cased; everything else collapsed to single hyphens, none at the ends. */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(normalized.length());
        boolean hyphen = false;
        for (int i = 0; i < normalized.length(); ) {
            int cp = normalized.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp) || cp == '.' && out.length() > 0 && !hyphen) {
                out.appendCodePoint(cp);
                hyphen = false;
            } else if (!hyphen && out.length() > 0) {
                out.append('-');
                hyphen = true;
            }
        }
        return trimHyphens(out.toString());
    }

    private static String trimHyphens(String s) {
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == '-' || s.charAt(end - 1) == '.')) {
            end--;
        }
        return s.substring(0, end);
    }
}
