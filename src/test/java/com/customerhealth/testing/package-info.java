/**
 * What the integration tests share: the one deployment every {@code *IT} class deploys
 * ({@link com.customerhealth.testing.PluginDeployment}), test users, stored fixtures and a counter of the
 * statements the persistence unit issues. None of it is in the plugin's WAR.
 */
package com.customerhealth.testing;
