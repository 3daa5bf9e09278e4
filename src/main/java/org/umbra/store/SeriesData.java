package org.umbra.store;

/** Points of one series read back for display or analysis; parallel arrays, ascending time. */
public record SeriesData(long[] timestamps, double[] values) {
    public static final SeriesData EMPTY = new SeriesData(new long[0], new double[0]);

    public SeriesData {
        if (timestamps.length != values.length) {
            throw new IllegalArgumentException("timestamps and values differ in length");
        }
    }

    public int size() {
        return timestamps.length;
    }

    public boolean isEmpty() {
        return timestamps.length == 0;
    }
}
