package com.customerhealth.badge;

import com.customerhealth.health.CompanyHealthView;
import com.customerhealth.health.CustomerHealthView;
import com.customerhealth.health.LastChangeView;
import com.customerhealth.health.ParameterView;
import com.customerhealth.platform.Texts;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * What one badge shows: the circle's band and symbol, its accessible name, and the card that hover or
 * focus opens, in the reader's language. Built from the same views the API answers and the same texts
 * ({@code GET /api/v1/texts}), so the Faces component and the badge script, which words everything the
 * same way, show one thing.
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
 * @param scoreText      the score as the card's head shows it, "82 / 100" or "no score"
 * @param why            the card's last line: {@code lastChange}, or that no score was recorded yet
 * @param delta7         the score now minus the score 7 days ago; {@code null} without both
 * @param trend          that move in words, "↓ 25 in 7 days"; {@code null} when {@code delta7} is
 * @param page           the drill-down page below the plugin's address, "scores/customer.xhtml?id=c-1";
 *                       {@code null} for a customer or company the plugin has not heard of
 * @param pageLabel      the words of the link to it, "Score history"
 */
public record BadgeCard(String kind, String id, String band, String bandLabel, String symbol, Integer score,
                        String accessibleName, List<Line> parameters, String composition, String lastChange,
                        String scoreText, String why, Integer delta7, String trend, String page,
                        String pageLabel) {

    private BadgeCard(String kind, String id, String band, Integer score, List<Line> parameters, String composition,
                      String lastChange, Integer delta7, boolean known, Texts texts) {
        this(kind, id, band, bandLabel(band, texts), symbol(band), score, accessibleName(band, score, texts),
                parameters, composition, lastChange,
                score == null ? texts.get("badge.noScore") : texts.format("badge.score", score),
                lastChange == null ? texts.get("badge.noChangeYet") : lastChange, delta7, trend(delta7, texts),
                known ? page(kind, id) : null, texts.get("badge.history"));
    }

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
    public static BadgeCard of(String customerId, CustomerHealthView view, Instant now, Texts texts) {
        if (view == null) {
            return unknown("customer", customerId, texts);
        }
        List<Line> lines = view.parameters().stream().filter(ParameterView::enabled)
                .map(parameter -> line(parameter, texts)).toList();
        return new BadgeCard("customer", view.id(), view.band(), view.score(), lines, null,
                lastChange(view.lastChange(), view.score(), now, texts), view.delta7(), true, texts);
    }

    /** The card of a company; {@code view} is {@code null} for a company the plugin has not heard of. */
    public static BadgeCard of(String companyId, CompanyHealthView view, Instant now, Texts texts) {
        if (view == null) {
            return unknown("company", companyId, texts);
        }
        return new BadgeCard("company", view.id(), view.band(), view.score(), List.of(), composition(view, texts),
                lastChange(view.lastChange(), view.score(), now, texts), view.delta7(), true, texts);
    }

    private static BadgeCard unknown(String kind, String id, Texts texts) {
        return new BadgeCard(kind, id, "no_data", null, List.of(), null, null, null, false, texts);
    }

    /** "↓ 25 in 7 days", "↑ 10 in 7 days", "→ no change in 7 days"; {@code null} without a move to tell. */
    static String trend(Integer delta7, Texts texts) {
        if (delta7 == null) {
            return null;
        }
        if (delta7 == 0) {
            return texts.get("badge.trend.flat");
        }
        return texts.format(delta7 < 0 ? "badge.trend.down" : "badge.trend.up", Math.abs(delta7));
    }

    /** The customer's or company's own page, its id encoded for a query. */
    static String page(String kind, String id) {
        return "scores/" + kind + ".xhtml?id=" + URLEncoder.encode(id, StandardCharsets.UTF_8);
    }

    /** The band in words: "Healthy", "Average", "Poor", "Good" or "No data". */
    static String bandLabel(String band, Texts texts) {
        return texts.get("band." + known(band));
    }

    private static String known(String band) {
        return switch (band) {
            case "healthy", "average", "poor", "good" -> band;
            default -> "no_data";
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

    private static String accessibleName(String band, Integer score, Texts texts) {
        return score == null ? texts.get("badge.accessibleName.noData")
                : texts.format("badge.accessibleName", texts.get("band." + known(band) + ".inSentence"), score);
    }

    private static Line line(ParameterView parameter, Texts texts) {
        String value = parameter.value() == null ? texts.get("badge.value.noData")
                : parameter.outOf() == null ? texts.number(parameter.value())
                : texts.format("badge.value.outOf", texts.number(parameter.value()), texts.number(parameter.outOf()));
        return new Line(parameterTitle(parameter, texts), value, parameter.band(), bandLabel(parameter.band(), texts),
                texts.format("badge.thresholds." + parameter.direction(), texts.number(parameter.goodAverage()),
                        texts.number(parameter.averagePoor())));
    }

    /** The parameter's name in the reader's language; one the texts do not know by its name in the API. */
    private static String parameterTitle(ParameterView parameter, Texts texts) {
        String key = "parameter." + parameter.key();
        return texts.has(key) ? texts.get(key) : parameter.title();
    }

    private static String composition(CompanyHealthView view, Texts texts) {
        CompanyHealthView.Spread spread = view.spread();
        int members = spread.healthy() + spread.average() + spread.poor() + spread.noData();
        String who = texts.count("badge.composition.customers", members);
        if (view.mode() != null) {
            who = texts.format("badge.composition.withMode", who, texts.get("badge.composition.mode."
                    + (texts.has("badge.composition.mode." + view.mode()) ? view.mode() : "mean")));
        }
        String text = texts.format("badge.composition", who, texts.format("badge.composition.spread",
                spread.healthy(), spread.average(), spread.poor(), spread.noData()));
        if (spread.lowest() != null) {
            text = texts.format("badge.composition.withRange", text, spread.lowest(), spread.highest());
        }
        return text;
    }

    /** "CSAT 1 of 3 on ticket 123 moved the score from 75 to 50, 2 hours ago". */
    private static String lastChange(LastChangeView change, Integer score, Instant now, Texts texts) {
        if (change == null) {
            return null;
        }
        String cause = capitalised(cause(change, texts), texts);
        String when = RelativeTime.since(change.at(), now, texts);
        if (score == null) {
            return change.previousScore() == null ? texts.format("badge.change.noData", cause, when)
                    : texts.format("badge.change.lost", cause, change.previousScore(), when);
        }
        if (change.previousScore() == null) {
            return texts.format("badge.change.set", cause, score, when);
        }
        if (change.previousScore().equals(score)) {
            return texts.format("badge.change.kept", cause, score, when);
        }
        return texts.format("badge.change.moved", cause, change.previousScore(), score, when);
    }

    /** The cause in the reader's words; a change from before the plugin spoke languages in its stored words. */
    private static String cause(LastChangeView change, Texts texts) {
        LastChangeView.Words words = change.cause();
        if (words == null || !texts.has(words.key())) {
            return change.summary() == null ? "" : change.summary();
        }
        return texts.format(words.key(), words.arguments().toArray());
    }

    private static String capitalised(String text, Texts texts) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(texts.locale()) + text.substring(1);
    }
}
