package org.umbra.bench;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;

/**
 * How the benchmarks print: a header naming the machine and the date, and figures as
 * {@code median (min, max, n)} so a noisy run shows its spread beside its baseline.
 */
public final class BenchFigures {
    private BenchFigures() {
    }

    /** Median, min and max of some runs of one measurement. */
    public record Spread(double median, double min, double max, int n) {
        public static Spread of(double... samples) {
            if (samples.length == 0) {
                throw new IllegalArgumentException("no samples to summarise");
            }
            double[] s = samples.clone();
            Arrays.sort(s);
            int n = s.length;
            double median = n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
            return new Spread(median, s[0], s[n - 1], n);
        }

        /** Each sample mapped, e.g. seconds per run into points per second (order kept by min/max). */
        public Spread map(DoubleUnaryOperator f) {
            double a = f.applyAsDouble(min);
            double b = f.applyAsDouble(max);
            return new Spread(f.applyAsDouble(median), Math.min(a, b), Math.max(a, b), n);
        }

        /** {@code <median> (min <a>, max <b>, n=<runs>)} with {@code format} applied to each number. */
        public String describe(String format) {
            return String.format(format + " (min " + format + ", max " + format + ", n=%d)", median, min, max, n);
        }
    }

    /** The header every benchmark prints first: what, the machine (cores, JDK, OS, max heap) and the date. */
    public static void header(String what) {
        Runtime rt = Runtime.getRuntime();
        System.out.printf("%s%n  machine: %d cores, %s %s (%s), %s %s %s, max heap %d MB%n  date: %s%n", what,
                rt.availableProcessors(), System.getProperty("java.vm.name"), System.getProperty("java.version"),
                System.getProperty("java.vendor"), System.getProperty("os.name"), System.getProperty("os.version"),
                System.getProperty("os.arch"), rt.maxMemory() >> 20, Instant.now().truncatedTo(ChronoUnit.SECONDS));
        System.out.println("  JVM arguments: " + String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()));
    }

    /** One figure beside its baseline and what it should be: {@code   what: x   baseline what: y   ratio/target: ...}. */
    public static void line(String what, String figure, String baselineWhat, String baseline, String ratioAndTarget) {
        System.out.printf("  %s: %s   baseline %s: %s   ratio/target: %s%n", what, figure, baselineWhat, baseline, ratioAndTarget);
    }

    /** {@code met} or {@code MISSED}, for the target column. */
    public static String verdict(boolean met) {
        return met ? "met" : "MISSED";
    }
}
