package com.customerhealth.alerts;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * When a customer's new tickets are a spike: the tickets opened in the last {@link #window()} are at
 * least {@link #floor()} and at least {@link #factor()} times the customer's mean per window over the
 * {@link #baselineDays()} days before it. By default: in the last 24 hours at least
 * max(3, 3 × the mean daily tickets of the 30 days before).
 *
 * @param on           whether ticket spikes alert at all
 * @param floor        the fewest tickets that are ever a spike, at least 1, so that a quiet customer's second ticket is not
 * @param factor       how many times the usual tickets are a spike, at least 1
 * @param baselineDays how many days before the window tell the usual, 1 to 365
 * @param window       the recent time whose tickets are counted, whole hours from 1 to 168
 */
public record TicketSpikeRule(boolean on, int floor, int factor, int baselineDays, Duration window) {

    public static final int DEFAULT_FLOOR = 3;
    public static final int DEFAULT_FACTOR = 3;
    public static final int DEFAULT_BASELINE_DAYS = 30;
    public static final Duration DEFAULT_WINDOW = Duration.ofHours(24);

    public TicketSpikeRule {
        Objects.requireNonNull(window, "window");
    }

    /** On, at least max(3, 3 × the mean daily tickets of the 30 days before) in the last 24 hours. */
    public static TicketSpikeRule defaults() {
        return new TicketSpikeRule(true, DEFAULT_FLOOR, DEFAULT_FACTOR, DEFAULT_BASELINE_DAYS, DEFAULT_WINDOW);
    }

    /**
     * Whether {@code inWindow} tickets opened in the window are a spike against {@code inBaseline} opened in
     * the baseline days before it. Whole numbers only: the mean per window, {@code inBaseline × window /
     * baselineDays}, is never divided out, both sides are multiplied by {@code baselineDays × 24} instead, so
     * 9 tickets against 90 in 30 days (a mean of exactly 3 a day, times 3) is a spike and 8 is not, with no
     * rounding to decide it.
     */
    public boolean isSpike(int inWindow, int inBaseline) {
        if (inWindow < floor) {
            return false;
        }
        long recent = (long) inWindow * baselineDays * 24;
        long usual = (long) factor * inBaseline * window.toHours();
        return recent >= usual;
    }

    /** What is wrong with these numbers, in the settings' order; empty when they can be applied. */
    public List<SettingProblem> problems() {
        List<SettingProblem> problems = new ArrayList<>();
        if (floor < 1) {
            problems.add(SettingProblem.of("ticketSpike.floor", "atLeast", 1, floor));
        }
        if (factor < 1) {
            problems.add(SettingProblem.of("ticketSpike.factor", "atLeast", 1, factor));
        }
        if (baselineDays < 1 || baselineDays > 365) {
            problems.add(SettingProblem.of("ticketSpike.baselineDays", "range", 1, 365, baselineDays));
        }
        if (!window.equals(Duration.ofHours(window.toHours()))) {
            problems.add(SettingProblem.of("ticketSpike.windowHours", "wholeNumber"));
        } else if (window.toHours() < 1 || window.toHours() > 168) {
            problems.add(SettingProblem.of("ticketSpike.windowHours", "range", 1, 168, window.toHours()));
        }
        return problems;
    }

    public TicketSpikeRule withOn(boolean newOn) {
        return new TicketSpikeRule(newOn, floor, factor, baselineDays, window);
    }

    public TicketSpikeRule withFloor(int newFloor) {
        return new TicketSpikeRule(on, newFloor, factor, baselineDays, window);
    }

    public TicketSpikeRule withFactor(int newFactor) {
        return new TicketSpikeRule(on, floor, newFactor, baselineDays, window);
    }

    public TicketSpikeRule withBaselineDays(int newBaselineDays) {
        return new TicketSpikeRule(on, floor, factor, newBaselineDays, window);
    }

    public TicketSpikeRule withWindow(Duration newWindow) {
        return new TicketSpikeRule(on, floor, factor, baselineDays, newWindow);
    }
}
