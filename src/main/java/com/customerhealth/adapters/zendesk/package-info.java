/**
 * Zendesk: its webhooks subscribed to ticket events ({@link com.customerhealth.adapters.zendesk.ZendeskWebhooks},
 * signed {@code X-Zendesk-Webhook-Signature}) and the backfill of an account's history through its incremental
 * export API ({@link com.customerhealth.adapters.zendesk.ZendeskHistory}), both mapped by one plain mapping,
 * {@link com.customerhealth.adapters.zendesk.ZendeskEvents}, so that a change arriving both ways has one id.
 */
package com.customerhealth.adapters.zendesk;
