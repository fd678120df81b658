package com.customerhealth.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import org.flywaydb.core.api.migration.Context;

/**
 * Migration 8: on MariaDB and MySQL, the plugin's tables compare text byte for byte. Their default
 * collations hold {@code T1} and {@code t1}, or {@code a} and {@code a } (trailing space), equal, so two
 * tickets, customers or events whose ids differ only so would share one row, or one would be refused as a
 * duplicate for ever; the helpdesk's ids are exact. PostgreSQL and H2 compare exactly already and are left
 * as they are.
 */
public class ExactIds extends JavaMigrationStep {

    /** The plugin's tables at version 7. */
    private static final List<String> TABLES = List.of("customer", "company", "ticket", "customer_health",
            "company_health", "configuration_version", "rescoring", "journal", "rebuild");

    public ExactIds() {
        super("8", "exact ids");
    }

    @Override
    public void migrate(Context context) throws SQLException {
        compareExactly(context, TABLES);
    }

    /** Makes {@code tables} compare text byte for byte on MariaDB and MySQL; elsewhere they already do. */
    static void compareExactly(Context context, List<String> tables) throws SQLException {
        Connection connection = context.getConnection();
        String collation = collation(connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT));
        if (collation == null) {
            return;
        }
        String prefix = context.getConfiguration().getPlaceholders().get("prefix");
        try (Statement alter = connection.createStatement()) {
            for (String table : tables) {
                alter.execute("ALTER TABLE " + prefix + table + " CONVERT TO CHARACTER SET utf8mb4 COLLATE " + collation);
            }
        }
    }

    /**
     * What follows the columns of a new table on {@code product} (a database product name in lower case)
     * so that it compares text byte for byte: the collation on MariaDB and MySQL, nothing elsewhere.
     */
    static String tableOptions(String product) {
        String collation = collation(product);
        return collation == null ? "" : " CHARACTER SET utf8mb4 COLLATE " + collation;
    }

    /** MariaDB's binary collation without padding; MySQL 8's equivalent; none where text compares exactly. */
    private static String collation(String product) {
        return product.contains("mariadb") ? "utf8mb4_nopad_bin" : product.contains("mysql") ? "utf8mb4_0900_bin" : null;
    }
}
