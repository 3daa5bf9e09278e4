package org.umbra.export;

/**
 * Text cells made safe to open in a spreadsheet: a cell starting with {@code = + - @}, a tab or a carriage
 * return is read as a formula by Excel, LibreOffice and Google Sheets (CSV injection), so it gets a leading
 * apostrophe, which those programs show as text. Numbers are written by the exporters as numbers, never
 * through here, so a negative value stays a number.
 */
public final class SpreadsheetSafe {
    private SpreadsheetSafe() {
    }

    public static String cell(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' ? "'" + text : text;
    }
}
