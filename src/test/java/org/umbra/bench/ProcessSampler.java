package org.umbra.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * Samples this JVM at steps over a window: process CPU time and heap used after a full GC. The CPU the
 * forced GCs themselves take is left out, so sampling does not inflate the figure it measures.
 */
public final class ProcessSampler {
    /** One sample: wall time (ns), process CPU time excluding the forced GCs (ns), heap used after GC (bytes). */
    public record Sample(long wallNanos, long cpuNanos, long heapAfterGcBytes) {
    }

    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private long forcedGcCpuNanos;

    /** Takes a sample now. */
    public Sample sample() {
        long before = os.getProcessCpuTime();
        System.gc();
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        long after = os.getProcessCpuTime();
        forcedGcCpuNanos += after - before;
        return new Sample(System.nanoTime(), after - forcedGcCpuNanos, heap);
    }

    /** A sample now and one every {@code stepSeconds} until {@code windowSeconds} have passed. */
    public List<Sample> run(long windowSeconds, long stepSeconds) throws InterruptedException {
        List<Sample> out = new ArrayList<>();
        long start = System.nanoTime();
        out.add(sample());
        for (long at = stepSeconds; at <= windowSeconds; at += stepSeconds) {
            long wait = start + at * 1_000_000_000L - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            out.add(sample());
        }
        return out;
    }

    /** CPU between consecutive samples as a percentage of one core. */
    public static double[] cpuPercentPerStep(List<Sample> samples) {
        double[] out = new double[samples.size() - 1];
        for (int i = 1; i < samples.size(); i++) {
            out[i - 1] = 100.0 * (samples.get(i).cpuNanos() - samples.get(i - 1).cpuNanos())
                    / (samples.get(i).wallNanos() - samples.get(i - 1).wallNanos());
        }
        return out;
    }

    /** CPU over the whole window as a percentage of one core. */
    public static double cpuPercent(List<Sample> samples) {
        Sample first = samples.get(0);
        Sample last = samples.get(samples.size() - 1);
        return 100.0 * (last.cpuNanos() - first.cpuNanos()) / (last.wallNanos() - first.wallNanos());
    }

    /** Heap after GC of each sample, in MB. */
    public static double[] heapMegabytes(List<Sample> samples) {
        return samples.stream().mapToDouble(s -> s.heapAfterGcBytes() / 1e6).toArray();
    }

    /**
     * The idle baseline: a JVM doing nothing but this sampling, run beside the measured one with the same heap
     * settings. Arguments: {@code windowSeconds stepSeconds}. Prints {@code cpu% per step;heap MB per sample;cpu% overall}.
     */
    public static void main(String[] args) throws Exception {
        List<Sample> samples = new ProcessSampler().run(Long.parseLong(args[0]), Long.parseLong(args[1]));
        System.out.println(join(cpuPercentPerStep(samples)) + ";" + join(heapMegabytes(samples)) + ";" + cpuPercent(samples));
    }

    private static String join(double[] values) {
        StringBuilder b = new StringBuilder();
        for (double v : values) {
            b.append(b.length() == 0 ? "" : ",").append(v);
        }
        return b.toString();
    }
}
