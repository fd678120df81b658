/**
 * Zammad's trigger webhooks ({@code {ticket, article}}, {@code X-Hub-Signature: sha1=...}) mapped to the
 * plugin's events by {@link com.customerhealth.adapters.zammad.ZammadWebhooks}.
 */
package com.customerhealth.adapters.zammad;
