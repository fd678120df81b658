/**
 * Backfill: a helpdesk's past read into the plugin, so that a new install does not start with every
 * customer grey. An admin starts a backfill from the settings page or the API; the plugin reads the
 * helpdesk's history page by page through the reader of its kind ({@link com.customerhealth.backfill.HelpdeskHistory},
 * one bean per helpdesk, with MicroProfile Rest Client), within the helpdesk's rate limit, hands each page
 * to the same event processing as live webhooks (so an event read both ways is taken once), and keeps the
 * cursor after each page, so a restart goes on where it stopped.
 *
 * <p>It uses {@code events} (the processing, the events) and {@code platform}; the readers of each helpdesk
 * live with that helpdesk's adapter.
 */
package com.customerhealth.backfill;
