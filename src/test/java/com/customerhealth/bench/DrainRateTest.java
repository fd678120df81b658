package com.customerhealth.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DrainRateTest {

    @Test
    void theDeliveriesAfterTheFirstOverTheTimeFromTheFirstToTheLast() {
        DrainRate rate = DrainRate.of(List.of(7_000_000_000L, 5_000_000_000L, 6_000_000_000L, 9_000_000_000L, 5_500_000_000L));

        assertEquals(new DrainRate(5, 4_000_000_000L), rate);
        assertEquals(1.0, rate.perSecond(), 1e-9);
        assertEquals("5 deliveries in 4.00 s from the first to the last: 1 deliveries/s", rate.describe());
    }

    @Test
    void fewerThanTwoMakeNoRate() {
        assertEquals(0, DrainRate.of(List.of()).perSecond());
        assertEquals(0, DrainRate.of(List.of(3L)).perSecond());
    }
}
