package com.customerhealth.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.customerhealth.testing.Api;
import com.customerhealth.testing.PluginDeployment;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.flywaydb.core.api.output.MigrateResult;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The store's migrations on the database the tests run against: on deploy, again, and beside other tables. */
@ExtendWith(ArquillianExtension.class)
class SchemaMigrationIT {

    private static final List<String> TABLES = List.of("customer", "company", "ticket", "customer_health",
            "company_health", "configuration_version", "rescoring", "journal", "rebuild", "schema_history");

    /** The migrations in db/migration, V1 to V{@value}. */
    private static final int MIGRATIONS = 7;

    @Deployment
    static WebArchive deployment() {
        return PluginDeployment.withTestSupport();
    }

    @ArquillianResource
    URL base;

    @Test
    void deployMigratesTheStoreAndReportsReady() throws Exception {
        HttpResponse<String> ready = Api.at(base).get("/health/ready");

        assertEquals(200, ready.statusCode(), ready.body());
        assertTrue(ready.body().contains("\"chm-store\""), ready.body());
        Set<String> tables = tablesStartingWith(StoreLocation.configured().tablePrefix());
        for (String table : TABLES) {
            assertTrue(tables.contains(StoreLocation.configured().tablePrefix() + table), table + " in " + tables);
        }
    }

    @Test
    void migratesBesideForeignTablesAndAgainWithoutChange() throws Exception {
        DataSource dataSource = dataSource();
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        String foreign = "helpdesk_ticket_" + suffix;
        String prefix = "chmit" + suffix + "_";
        execute(dataSource, "CREATE TABLE " + foreign + " (id INTEGER PRIMARY KEY, subject VARCHAR(100))",
                "INSERT INTO " + foreign + " (id, subject) VALUES (1, 'printer on fire')");
        try {
            MigrateResult first = SchemaMigration.migrate(dataSource, prefix);
            MigrateResult again = SchemaMigration.migrate(dataSource, prefix);

            assertEquals(MIGRATIONS, first.migrationsExecuted);
            assertEquals(Integer.toString(MIGRATIONS), first.targetSchemaVersion);
            assertEquals(0, again.migrationsExecuted, "an up-to-date store is left as it is");
            assertEquals(TABLES.stream().map(table -> prefix + table).collect(TreeSet::new, Set::add, Set::addAll),
                    tablesStartingWith(prefix));
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT subject FROM " + foreign + " WHERE id = 1")) {
                assertTrue(rows.next());
                assertEquals("printer on fire", rows.getString(1), "the helpdesk's own table is untouched");
            }
        } finally {
            execute(dataSource, TABLES.stream().map(table -> "DROP TABLE IF EXISTS " + prefix + table).toArray(String[]::new));
            execute(dataSource, "DROP TABLE " + foreign);
        }
    }

    private static DataSource dataSource() throws NamingException {
        return InitialContext.doLookup(StoreLocation.configured().dataSource());
    }

    private static Set<String> tablesStartingWith(String prefix) throws NamingException, SQLException {
        Set<String> tables = new TreeSet<>();
        try (Connection connection = dataSource().getConnection()) {
            DatabaseMetaData metadata = connection.getMetaData();
            try (ResultSet rows = metadata.getTables(connection.getCatalog(), null, "%", new String[] {"TABLE"})) {
                while (rows.next()) {
                    String table = rows.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                    if (table.startsWith(prefix)) {
                        tables.add(table);
                    }
                }
            }
        }
        return tables;
    }

    private static void execute(DataSource dataSource, String... statements) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
