/**
 * Jira Service Management's admin webhooks ({@code X-Hub-Signature: sha256=...}) mapped to the plugin's
 * events by {@link com.customerhealth.adapters.jira.JiraWebhooks}.
 */
package com.customerhealth.adapters.jira;
