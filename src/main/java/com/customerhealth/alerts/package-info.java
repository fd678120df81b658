/**
 * Alerts: when a customer's or company's health turns worse, which alerts to raise and which earlier
 * ones are over. Four kinds ({@link com.customerhealth.alerts.AlertKind}): a drop into a worse band, a
 * score drop of N points within D days, a spike of a customer's new tickets, and a rating at the bottom of
 * its scale; each switched on and tuned per tenant ({@link com.customerhealth.alerts.AlertRules}), and a
 * subject alerts at most once per kind per cool-down so that a score flapping between two bands does not
 * flood anyone.
 *
 * <p>Plain Java on purpose, like {@code com.customerhealth.scoring}: records and enums built with
 * {@code new}, no container and no database. The caller hands in everything a decision needs, the instant
 * included, and stores what comes back; the same observation always gives the same alerts.
 *
 * <pre>{@code
 * AlertRules rules = AlertRules.defaults();
 * AlertOutcome outcome = rules.evaluate(Observation.of(Subject.customer("c-1", "Ada"),
 *         new ScoreMove(now, 80, Health.HEALTHY, 55, Health.AVERAGE, cause)).withAlerts(earlier));
 * outcome.raised();     // one band_drop: "Ada dropped from healthy to average (score 80 → 55)"
 * outcome.resolved();   // the earlier alerts that are over now
 * }</pre>
 */
package com.customerhealth.alerts;
