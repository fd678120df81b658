/**
 * Chatwoot's account webhooks ({@code X-Chatwoot-Signature}, {@code X-Chatwoot-Timestamp}) mapped to the
 * plugin's events by {@link com.customerhealth.adapters.chatwoot.ChatwootWebhooks}.
 */
package com.customerhealth.adapters.chatwoot;
