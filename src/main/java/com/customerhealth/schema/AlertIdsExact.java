package com.customerhealth.schema;

import java.sql.SQLException;
import java.util.List;
import org.flywaydb.core.api.migration.Context;

/**
 * Migration 16: on MariaDB and MySQL, the alert tables of migration 15 compare text byte for byte, as every
 * other table of the plugin does since migration 8 ({@link ExactIds}).
 */
public class AlertIdsExact extends JavaMigrationStep {

    public AlertIdsExact() {
        super("16", "exact alert ids");
    }

    @Override
    public void migrate(Context context) throws SQLException {
        ExactIds.compareExactly(context, List.of("alert", "alert_watch"));
    }
}
