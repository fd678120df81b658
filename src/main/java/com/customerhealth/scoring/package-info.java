/**
 * The scoring rules: how the measured values of a customer become bands, points, a 0–100 score and a
 * colour, and how the scores of a company's customers become the company's score.
 *
 * <p>Plain Java on purpose: records and enums built with {@code new}, no container, no database, so the
 * rules can be read, unit-tested and reasoned about on their own. The time a measurement is taken at is
 * always passed in, never read from the system clock.
 *
 * <pre>{@code
 * ScoringRules rules = ScoringRules.of(Preset.B2B);
 * Measurements measured = new MeasurementWindow(now, rules.windowDays()).measure(tickets, rules.csatScale());
 * Score score = rules.score(measured);      // score.value() == 75, score.health() == Health.HEALTHY
 * }</pre>
 */
package com.customerhealth.scoring;
