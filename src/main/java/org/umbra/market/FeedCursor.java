package org.umbra.market;

/**
 * Where a feed stands: {@code position} is the newest timestamp (epoch ms) it has stored, or
 * {@link #NONE} before its first page.
 */
public record FeedCursor(long position) {
    public static final long NONE = -1L;
    public static final FeedCursor START = new FeedCursor(NONE);

    public boolean isStart() {
        return position == NONE;
    }
}
