package org.ganstudio.ui.testing;

import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/** A nanosecond clock that moves only when told. */
public final class ManualClock implements LongSupplier {
    private volatile long nanos = 1_000_000_000L;

    @Override
    public long getAsLong() {
        return nanos;
    }

    public void advance(long amount, TimeUnit unit) {
        nanos += unit.toNanos(amount);
    }
}
