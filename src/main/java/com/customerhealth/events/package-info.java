/**
 * Events in: the helpdesk tells the plugin what happened to its tickets, ratings, customers and
 * companies, and the scores of exactly the customers concerned are recomputed as each batch commits.
 *
 * <p>Two ways in, one processing:
 * <ul>
 *   <li>over HTTP, {@code POST /chm/api/v1/events}: CloudEvents 1.0 in structured JSON, one or a batch of up
 *       to 1,000, signed as Standard Webhooks with the tenant's secret ({@link com.customerhealth.events.EventsResource});</li>
 *   <li>in process, for a helpdesk that bundles the plugin: the host fires one of the records of
 *       {@link com.customerhealth.events.HelpdeskEvent} as a CDI event:
 *       <pre>
 * &#64;Inject Event&lt;HelpdeskEvent&gt; events;
 * events.fire(new CsatRated(new EventHeader("default", "https://desk.example.com", "evt-42", now),
 *         "T-123", 1, 1, 3, now, null));
 *       </pre></li>
 * </ul>
 * Delivery may repeat and reorder events: a (tenant, source, id) seen before is a duplicate, a ticket's
 * latest status and latest rating win by occurrence time, and an event about a ticket not yet known waits
 * until the ticket arrives.
 */
package com.customerhealth.events;
