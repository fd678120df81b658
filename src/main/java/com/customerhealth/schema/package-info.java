/**
 * The plugin's tables in the helpdesk's database: which datasource and table prefix
 * ({@code chm.store.datasource}, {@code chm.store.table-prefix}), the versioned migrations in
 * {@code db/migration} that create and upgrade them on deploy, and the readiness check that reports
 * whether they ran.
 */
package com.customerhealth.schema;
