package com.customerhealth.badge;

import com.customerhealth.health.CompanyHealthView;
import com.customerhealth.health.CustomerHealthView;
import com.customerhealth.health.LastChangeView;
import com.customerhealth.health.ParameterView;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * What one badge shows: the circle's band and symbol, its accessible name, and the card that hover or
 * focus opens. Built from the same views the API answers, so the Faces component and the badge script
 * (which words everything the same way) show one thing.
 *
 * @param kind           {@code customer} or {@code company}
 * @param id             the helpdesk's id of the customer or company
 * @param band           {@code healthy}, {@code average}, {@code poor} or {@code no_data}
 * @param bandLabel      the band in words, such as "Poor"
 * @param symbol         the cue that is not colour: ✓, ~, ! or ?
 * @param score          0 to 100, or {@code null} with no data
 * @param accessibleName what assistive technology reads, such as "Health: poor, 25 of 100"
 * @param parameters     one line per enabled parameter
 * @param composition    for a company, how its score is formed and how its customers spread; else {@code null}
 * @param lastChange     why the score last changed, in a sentence; {@code null} before the first change
 */
public record BadgeCard(String kind, String id, String band, String bandLabel, String symbol, Integer score,
                        String accessibleName, List<Line> parameters, String composition, String lastChange) {

    /**
     * One parameter on the card.
     *
     * @param title      its name, such as "Currently open tickets"
     * @param value      its value, on a scale "1.3 of 3", or "no data"
     * @param band       {@code good}, {@code average}, {@code poor} or {@code no_data}
     * @param bandLabel  the band in words
     * @param thresholds the thresholds in the parameter's direction, such as "good ≤ 2 · poor > 5"
     */
    public record Line(String title, String value, String band, String bandLabel, String thresholds) {
    }

    /** The card of a customer; {@code view} is {@code null} for a customer the plugin has not heard of. */
    public static BadgeCard of(String customerId, CustomerHealthView view, Instant now) {
        if (view == null) {
            return unknown("customer", customerId);
        }
        List<Line> lines = view.parameters().stream().filter(ParameterView::enabled).map(BadgeCard::line).toList();
        return new BadgeCard("customer", view.id(), view.band(), bandLabel(view.band()), symbol(view.band()),
                view.score(), accessibleName(view.band(), view.score()), lines, null,
                lastChange(view.lastChange(), view.score(), now));
    }

    /** The card of a company; {@code view} is {@code null} for a company the plugin has not heard of. */
    public static BadgeCard of(String companyId, CompanyHealthView view, Instant now) {
        if (view == null) {
            return unknown("company", companyId);
        }
        return new BadgeCard("company", view.id(), view.band(), bandLabel(view.band()), symbol(view.band()),
                view.score(), accessibleName(view.band(), view.score()), List.of(), composition(view),
                lastChange(view.lastChange(), view.score(), now));
    }

    private static BadgeCard unknown(String kind, String id) {
        return new BadgeCard(kind, id, "no_data", bandLabel("no_data"), symbol("no_data"), null,
                accessibleName("no_data", null), List.of(), null, null);
    }

    static String bandLabel(String band) {
        return switch (band) {
            case "healthy" -> "Healthy";
            case "average" -> "Average";
            case "poor" -> "Poor";
            case "good" -> "Good";
            default -> "No data";
        };
    }

    private static String symbol(String band) {
        return switch (band) {
            case "healthy" -> "✓";
            case "average" -> "~";
            case "poor" -> "!";
            default -> "?";
        };
    }

    private static String accessibleName(String band, Integer score) {
        return score == null ? "Health: no data" : "Health: " + bandLabel(band).toLowerCase(Locale.ROOT) + ", "
                + score + " of 100";
    }

    private static Line line(ParameterView parameter) {
        String value = parameter.value() == null ? "no data" : number(parameter.value())
                + (parameter.outOf() == null ? "" : " of " + number(parameter.outOf()));
        return new Line(parameter.title(), value, parameter.band(), bandLabel(parameter.band()),
                thresholds(parameter));
    }

    private static String thresholds(ParameterView parameter) {
        boolean lowerIsBetter = "lower_is_better".equals(parameter.direction());
        return "good " + (lowerIsBetter ? "≤ " : "≥ ") + number(parameter.goodAverage())
                + " · poor " + (lowerIsBetter ? "> " : "< ") + number(parameter.averagePoor());
    }

    private static String composition(CompanyHealthView view) {
        CompanyHealthView.Spread spread = view.spread();
        int members = spread.healthy() + spread.average() + spread.poor() + spread.noData();
        StringBuilder text = new StringBuilder();
        text.append(members).append(members == 1 ? " customer" : " customers");
        if (view.mode() != null) {
            text.append(", ").append(modeLabel(view.mode()));
        }
        text.append(": ").append(spread.healthy()).append(" healthy · ").append(spread.average())
                .append(" average · ").append(spread.poor()).append(" poor · ").append(spread.noData())
                .append(" no data");
        if (spread.lowest() != null) {
            text.append("; scores ").append(spread.lowest()).append("–").append(spread.highest());
        }
        return text.toString();
    }

    private static String modeLabel(String mode) {
        return switch (mode) {
            case "lowest" -> "scored by the lowest";
            case "ticket-weighted" -> "scored by the ticket-weighted mean";
            default -> "scored by the mean";
        };
    }

    /** "CSAT 1 of 3 on ticket 123 moved the score from 75 to 50, 2 hours ago". */
    private static String lastChange(LastChangeView change, Integer score, Instant now) {
        if (change == null) {
            return null;
        }
        String cause = change.summary().isEmpty() ? change.summary()
                : Character.toUpperCase(change.summary().charAt(0)) + change.summary().substring(1);
        String effect;
        if (score == null) {
            effect = change.previousScore() == null ? " left no data to score" : " took the score from "
                    + change.previousScore() + " to no data";
        } else if (change.previousScore() == null) {
            effect = " set the score to " + score;
        } else if (change.previousScore().equals(score)) {
            effect = " kept the score at " + score;
        } else {
            effect = " moved the score from " + change.previousScore() + " to " + score;
        }
        return cause + effect + ", " + RelativeTime.since(change.at(), now);
    }

    /** At most one decimal, without a trailing ".0", rounded with the very arithmetic the script uses: 2, 2.5, 0.3. */
    public static String number(double value) {
        double rounded = Math.round(value * 10) / 10.0;
        return rounded == Math.rint(rounded) ? Long.toString((long) rounded) : Double.toString(rounded);
    }
}
