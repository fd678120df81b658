/**
 * Where alerts go out of the helpdesk: each tenant's subscriptions (signed webhooks, e-mail digests), and
 * the operator's configured ones for the default tenant ({@link com.customerhealth.alerts.delivery.Destinations});
 * the outbox, written with the change that raised or resolved the alerts
 * ({@link com.customerhealth.alerts.delivery.Outbox}, hearing {@code AlertsChanged} in its transaction);
 * and the senders that empty it at least once, under leases, with backoff, every attempt logged
 * ({@link com.customerhealth.alerts.delivery.DeliveryDispatcher}). Webhooks are posted through MicroProfile
 * Rest Client ({@link com.customerhealth.alerts.delivery.WebhookReceiver}) and signed by Standard Webhooks;
 * digests go through Jakarta Mail.
 *
 * <p>It uses {@code alerts} (the alerts and their change) and {@code platform}; {@code alerts} knows nothing
 * of it. Its plain parts are unit-tested apart: {@link com.customerhealth.alerts.delivery.Backoff},
 * {@link com.customerhealth.alerts.delivery.SubscriptionDraft}, {@link com.customerhealth.alerts.delivery.DigestMail}.
 *
 * <pre>{@code
 * Backoff backoff = Backoff.standard();
 * backoff.next(writtenAt, 3, failedAt, random);   // failedAt + 20 to 40 s, or empty once 24 h are over
 * }</pre>
 */
package com.customerhealth.alerts.delivery;
