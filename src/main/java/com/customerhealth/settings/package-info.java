/**
 * How each tenant's health is scored. Until an admin saves a configuration, the rules come from
 * MicroProfile Config ({@code chm.scoring.*}); every save is kept as a new version in the database, so
 * every server instance scores by the same rules and an earlier version can be restored.
 */
package com.customerhealth.settings;
