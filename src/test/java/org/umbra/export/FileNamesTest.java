package org.umbra.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FileNamesTest {
    @Test
    void readableNamesStayReadable() {
        assertEquals("umbra-markets-20261122-0930.png", FileNames.suggest(".png", "umbra", "Markets", "20261122-0930"));
        assertEquals("umbra-cold-storage-v1.2.csv", FileNames.suggest(".csv", "umbra", "Cold storage (v1.2)"));
        assertEquals("umbra-kältespeicher-冷钱包.json", FileNames.suggest(".json", "umbra", "Kältespeicher / 冷钱包"));
    }

    @Test
    void pathsHiddenFilesAndDeviceNamesAreDefused() {
        assertEquals("etc-passwd.csv", FileNames.suggest(".csv", "../../etc/passwd"));
        assertEquals("c-windows-system32.csv", FileNames.suggest(".csv", "C:\\Windows\\System32"));
        assertEquals("bashrc.txt", FileNames.suggest(".txt", ".bashrc"), "no hidden file");
        assertEquals("con-file.txt", FileNames.suggest(".txt", "CON"));
        assertEquals("nul-file.png", FileNames.suggest(".png", "nul"));
        assertEquals("umbra.png", FileNames.suggest(".png", "", null, "???", "   "), "nothing usable left");
        assertEquals("a-b.csv", FileNames.suggest(".csv", "a\u0000\t\r\nb"), "control characters");
        assertEquals("cmd-c-calc-a0.csv", FileNames.suggest(".csv", "=cmd|' /C calc'!A0"), "a formula is only text here");
    }

    @Test
    void longTextIsCutToAStemOfAHundredCharacters() {
        String name = FileNames.suggest(".png", "x".repeat(500));
        assertEquals(FileNames.MAX_STEM + 4, name.length());
        String emoji = FileNames.suggest(".png", "a".repeat(FileNames.MAX_STEM - 1) + "𝟘𝟙"); // digits outside the BMP
        assertFalse(Character.isHighSurrogate(emoji.charAt(emoji.length() - 5)), "never half a surrogate pair: " + emoji);
    }

    /** 20,000 random strings from a hostile alphabet: every suggestion is a single, portable, visible file name. */
    @Test
    void everySuggestionIsAPortableFileName() {
        String alphabet = "aZ9é漢 ./\\:*?\"<>|\u0000\u0007\t\r\n\u202e\u200b-_.~$%#@!'`=+,;[]{}()𝟘";
        Random r = new Random(8);
        int cases = 20_000;
        for (int i = 0; i < cases; i++) {
            StringBuilder text = new StringBuilder();
            int n = r.nextInt(140);
            for (int k = 0; k < n; ) {
                int cp = alphabet.codePointAt(r.nextInt(alphabet.length() - 1));
                if (Character.isLowSurrogate((char) cp)) {
                    continue;
                }
                text.appendCodePoint(cp);
                k++;
            }
            String name = FileNames.suggest(".csv", text.toString());
            String stem = name.substring(0, name.length() - 4);
            assertTrue(!stem.isEmpty() && stem.length() <= FileNames.MAX_STEM, name);
            assertTrue(stem.codePoints().allMatch(cp -> Character.isLetterOrDigit(cp) || cp == '-' || cp == '.'), name);
            assertFalse(stem.startsWith(".") || stem.startsWith("-") || stem.endsWith(".") || stem.endsWith("-"), name);
            assertFalse(stem.toLowerCase(Locale.ROOT).matches("con|prn|aux|nul|com[1-9]|lpt[1-9]"), name);
            assertEquals(name, Path.of(name).getFileName().toString(), "one path element: " + name);
        }
    }
}
