/**
 * How each tenant's health is scored. Until an admin saves a configuration, the rules come from
 * MicroProfile Config ({@code chm.scoring.*}); every save is kept as a new version in the database, so
 * every server instance scores by the same rules and an earlier version can be restored.
 *
 * <p>Admins change the rules through {@code /chm/api/v1/settings} ({@link
 * com.customerhealth.settings.SettingsResource}): a draft is checked setting by setting and refused with
 * the setting named, previewed against the stored tickets, saved as a new version by
 * {@link com.customerhealth.settings.ConfigurationHistory}, and then every score is recomputed in the
 * background while badges keep serving.
 */
package com.customerhealth.settings;
