/**
 * The current health of every customer and company, with its explanation, and the read API agents'
 * pages call: {@code GET /chm/api/v1/customers/{id}/health}, {@code GET /chm/api/v1/companies/{id}/health}
 * and {@code POST /chm/api/v1/customers/health} for a page's worth of customers in one query.
 *
 * <p>{@link com.customerhealth.health.HealthRecalculation} recomputes exactly the customers it is given,
 * and their companies, from stored ticket state; nothing here ever scans all customers.
 */
package com.customerhealth.health;
