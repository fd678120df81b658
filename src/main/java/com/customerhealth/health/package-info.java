/**
 * The current health of every customer and company, with its explanation, and the read API agents'
 * pages call: {@code GET /chm/api/v1/customers/{id}/health}, {@code GET /chm/api/v1/companies/{id}/health}
 * and {@code POST /chm/api/v1/customers/health} for a page's worth of customers in one query.
 *
 * <p>{@link com.customerhealth.health.HealthRecalculation} recomputes exactly the customers it is given,
 * and their companies, from stored ticket state: an event's work never grows with all customers. Only a
 * change of the rules does: {@link com.customerhealth.health.Rescoring} then recomputes every customer of
 * the tenant in the background, a few hundred per transaction, and
 * {@link com.customerhealth.health.ScorePreview} tells beforehand how the bands would fill, without
 * writing anything.
 */
package com.customerhealth.health;
