package org.umbra.drill;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.Delayed;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.umbra.testing.MovableClock;

/**
 * A poller's scheduler in virtual time: a task is due at the {@link MovableClock} time it was scheduled for, and
 * runs only when the drill calls {@link #runDue()}, in the drill's thread. So a 30-second Retry-After is checked
 * by moving the clock, never by sleeping, and "not before" means the task has not run yet.
 */
final class VirtualTimeScheduler extends AbstractExecutorService implements ScheduledExecutorService {
    private final MovableClock clock;
    private final PriorityQueue<Task> queue = new PriorityQueue<>();
    private long sequence;
    private boolean shutdown;

    VirtualTimeScheduler(MovableClock clock) {
        this.clock = clock;
    }

    /** Runs every task due at the clock's time, including those the tasks schedule for it, in time order. */
    void runDue() {
        while (true) {
            Task next;
            synchronized (this) {
                next = queue.peek();
                if (next == null || next.due > clock.millis() || shutdown) {
                    return;
                }
                queue.poll();
            }
            if (!next.cancelled) {
                next.command.run();
                next.done = true;
            }
        }
    }

    private final class Task implements ScheduledFuture<Object> {
        final Runnable command;
        final long due;
        final long order;
        volatile boolean cancelled;
        volatile boolean done;

        Task(Runnable command, long due) {
            this.command = command;
            this.due = due;
            this.order = sequence++;
        }

        @Override
        public long getDelay(TimeUnit unit) {
            return unit.convert(due - clock.millis(), TimeUnit.MILLISECONDS);
        }

        @Override
        public int compareTo(Delayed other) {
            Task o = (Task) other;
            return due != o.due ? Long.compare(due, o.due) : Long.compare(order, o.order);
        }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            cancelled = true;
            return !done;
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }

        @Override
        public boolean isDone() {
            return done || cancelled;
        }

        @Override
        public Object get() {
            throw new UnsupportedOperationException("the drill runs tasks itself; nothing waits for one");
        }

        @Override
        public Object get(long timeout, TimeUnit unit) {
            return get();
        }
    }

    @Override
    public synchronized ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
        Task t = new Task(command, clock.millis() + Math.max(0, unit.toMillis(delay)));
        if (!shutdown) {
            queue.add(t);
        }
        return t;
    }

    @Override
    public void execute(Runnable command) {
        schedule(command, 0, TimeUnit.MILLISECONDS);
    }

    @Override
    public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
        throw new UnsupportedOperationException("pollers schedule Runnables only");
    }

    @Override
    public ScheduledFuture<?> scheduleAtFixedRate(Runnable command, long initialDelay, long period, TimeUnit unit) {
        throw new UnsupportedOperationException("pollers reschedule themselves");
    }

    @Override
    public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay, TimeUnit unit) {
        throw new UnsupportedOperationException("pollers reschedule themselves");
    }

    @Override
    public synchronized void shutdown() {
        shutdown = true;
    }

    @Override
    public synchronized List<Runnable> shutdownNow() {
        shutdown = true;
        List<Runnable> left = new ArrayList<>();
        queue.forEach(t -> left.add(t.command));
        queue.clear();
        return left;
    }

    @Override
    public synchronized boolean isShutdown() {
        return shutdown;
    }

    @Override
    public synchronized boolean isTerminated() {
        return shutdown;
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) {
        return true;
    }
}
