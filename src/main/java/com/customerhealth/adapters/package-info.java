/**
 * Webhook adapters: a helpdesk's own webhooks, as its webhook screen sends them, taken at
 * {@code POST /chm/api/v1/adapters/<helpdesk>} and turned into the plugin's events.
 *
 * <p>{@link com.customerhealth.adapters.AdaptersResource} and {@link com.customerhealth.adapters.AdapterIntake}
 * do what every helpdesk shares: the body's size limit ({@code chm.adapters.max-body-bytes}), the tenant
 * ({@code ?tenant=}, the default tenant otherwise) and its secret ({@code chm.adapters.<name>.secret},
 * {@code chm.adapters.<name>.secret.<tenant>}), the JSON, the processing, and one verdict per event, or a
 * verdict {@code skipped} whose error reads {@code "skipped: <why>"} for a payload that tells of nothing
 * scored. Each helpdesk is one bean implementing {@link com.customerhealth.adapters.HelpdeskWebhooks} in its
 * own subpackage ({@code zendesk}, {@code zammad}, {@code chatwoot}, {@code jira}): its signature check and
 * its mapping, plain Java, found by CDI.
 *
 * <p>It uses {@code events} (the events, their processing) and {@code tenancy}; nothing imports it.
 */
package com.customerhealth.adapters;
