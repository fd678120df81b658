package com.customerhealth.testing;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The plugin's clock in the integration tests: the system clock, moved forward by hand where a test needs
 * time to pass. A test that moves it puts it back with {@link #reset()}.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class MovableClock extends Clock {

    private volatile Duration offset = Duration.ZERO;

    /** Time passes by {@code duration} at once. */
    public void advance(Duration duration) {
        offset = offset.plus(duration);
    }

    /** Back to the system's time. */
    public void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("The plugin reads instants only");
    }
}
