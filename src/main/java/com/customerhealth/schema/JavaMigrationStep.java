package com.customerhealth.schema;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A migration written in Java, for what SQL alone cannot say on every database: its version and
 * description, run in the migration's transaction, with no checksum (its code is its content).
 */
abstract class JavaMigrationStep implements JavaMigration {

    private final MigrationVersion version;
    private final String description;

    JavaMigrationStep(String version, String description) {
        this.version = MigrationVersion.fromVersion(version);
        this.description = description;
    }

    @Override
    public MigrationVersion getVersion() {
        return version;
    }

    @Override
    public String getDescription() {
        return description;
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }
}
