/**
 * The success manager's surfaces: every customer's and company's history in occurrence time, time
 * travel, lists and the portfolio, and the API under them: {@code GET /chm/api/v1/customers},
 * {@code GET /chm/api/v1/companies}, {@code GET /chm/api/v1/portfolio} and the histories
 * {@code GET /chm/api/v1/customers/{id}/history} and {@code GET /chm/api/v1/companies/{id}/history}.
 *
 * <p>{@link com.customerhealth.monitoring.HistoryKeeping} hears of every score stored
 * ({@link com.customerhealth.health.ScoresChanged}, in its transaction) and derives the history again from
 * the journal from the instant the change reaches back to: {@link com.customerhealth.monitoring.ScoreTimeline}
 * folds a customer's events in occurrence order and scores them wherever anything can move the score,
 * under the rules in force then; {@link com.customerhealth.monitoring.CompanyTimeline} forms a company's
 * history from its members'. Only changes are stored; {@link com.customerhealth.monitoring.DailyPoints}
 * adds each day's end when a history is read. {@link com.customerhealth.monitoring.TimeTravel} answers
 * {@code ?at=} of the health read from the journal alone.
 */
package com.customerhealth.monitoring;
