package org.umbra.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A UTC clock that stands still until the test moves it. */
public final class MovableClock extends Clock {
    private volatile long millis;

    public MovableClock(long millis) {
        this.millis = millis;
    }

    public MovableClock(Instant now) {
        this(now.toEpochMilli());
    }

    public void set(long millis) {
        this.millis = millis;
    }

    public void set(Instant now) {
        set(now.toEpochMilli());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return Instant.ofEpochMilli(millis);
    }
}
