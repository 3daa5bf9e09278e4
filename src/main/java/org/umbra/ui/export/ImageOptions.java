package org.umbra.ui.export;

import java.util.List;

/**
 * How a chart image is made: its layout size in logical pixels, the scale (the PNG has width·scale × height·scale
 * pixels, the same layout, drawn sharper), the theme and the title printed at its top.
 */
public record ImageOptions(int width, int height, int scale, String theme, String title) {
    public static final int MIN_WIDTH = 320;
    public static final int MIN_HEIGHT = 240;
    public static final int MAX_WIDTH = 7680;
    public static final int MAX_HEIGHT = 4320;
    public static final List<String> THEMES = List.of("dark", "light");
    /** Sizes offered in the export dialog: the common 16:9 screen and slide sizes. */
    public static final List<int[]> PRESETS = List.of(new int[] {1200, 675}, new int[] {1600, 900}, new int[] {1920, 1080});

    /** @throws IllegalArgumentException naming the field that is out of bounds */
    public ImageOptions {
        if (width < MIN_WIDTH || width > MAX_WIDTH) {
            throw new IllegalArgumentException("width " + width + " is outside " + MIN_WIDTH + " .. " + MAX_WIDTH);
        }
        if (height < MIN_HEIGHT || height > MAX_HEIGHT) {
            throw new IllegalArgumentException("height " + height + " is outside " + MIN_HEIGHT + " .. " + MAX_HEIGHT);
        }
        if (scale != 1 && scale != 2) {
            throw new IllegalArgumentException("scale " + scale + " is not 1 or 2");
        }
        if (!THEMES.contains(theme)) {
            throw new IllegalArgumentException("theme '" + theme + "' is not dark or light");
        }
        title = title == null ? "" : title.strip();
    }

    public ImageOptions withTitle(String newTitle) {
        return new ImageOptions(width, height, scale, theme, newTitle);
    }
}
