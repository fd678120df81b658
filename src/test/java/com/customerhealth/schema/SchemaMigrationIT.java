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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.flywaydb.core.api.MigrationVersion;
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
            "company_health", "configuration_version", "rescoring", "journal", "rebuild", "score_point", "alert",
            "alert_watch", "alert_rules", "alert_subscription", "alert_delivery", "alert_delivery_attempt", "backfill_job",
            "schema_history");

    /** The migrations in db/migration, V1 to V{@value}. */
    private static final int MIGRATIONS = 19;

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

    @Test
    void anUpgradeFromTheStoreBeforeTheJournalWritesItsRowsAsBaselineEventsNamesTheirCustomersAndAsksForARebuild() throws Exception {
        DataSource dataSource = dataSource();
        String prefix = "chmup" + UUID.randomUUID().toString().replace("-", "").substring(0, 8) + "_";
        try {
            SchemaMigration.migrate(dataSource, prefix, MigrationVersion.fromVersion("4"));
            execute(dataSource,
                    "INSERT INTO " + prefix + "company (tenant_id, id, name, updated_at) VALUES ('t1', 'acme', 'Acme', 1000)",
                    "INSERT INTO " + prefix + "customer (tenant_id, id, name, email, company_id, updated_at)"
                            + " VALUES ('t1', 'ada', 'Ada', 'ada@acme.example', 'acme', 1500)",
                    // Known from a ticket only: no directory entry to write.
                    "INSERT INTO " + prefix + "customer (tenant_id, id, name, email, company_id, updated_at)"
                            + " VALUES ('t1', 'bob', NULL, NULL, 'acme', 0)",
                    "INSERT INTO " + prefix + "ticket (tenant_id, id, customer_id, customer_since, company_id, status,"
                            + " status_at, priority, channel, created_at, interactions, last_activity_at, rating,"
                            + " rating_scale_min, rating_scale_max, rated_at, counted) VALUES ('t1', 'k1', 'ada', 2000,"
                            + " 'acme', 'solved', 4000, 'high', 'email', 2000, 3, 5000, 4, 1, 5, 6000, TRUE)",
                    "INSERT INTO " + prefix + "processed_event (tenant_id, source, event_id, event_type, occurred_at,"
                            + " received_at) VALUES ('t1', 'https://desk.example.com', 'e-1', 'ticket.created', 2000, 2100)");

            SchemaMigration.migrate(dataSource, prefix);

            assertEquals(List.of(
                            List.of("company.upserted", "", "acme", "1000"),
                            List.of("csat.rated", "k1", "", "6000"),
                            List.of("customer.upserted", "", "ada", "1500"),
                            List.of("ticket.created", "k1", "", "2000"),
                            List.of("ticket.interaction_added", "k1", "", "5000"),
                            List.of("ticket.interaction_added", "k1", "", "5000"),
                            List.of("ticket.interaction_added", "k1", "", "5000")),
                    rows(dataSource, "SELECT event_type, ticket_id, subject_id, occurred_at FROM " + prefix + "journal"
                            + " WHERE tenant_id = 't1' AND source = 'urn:chm:baseline' ORDER BY event_type, event_id"));
            String created = rows(dataSource, "SELECT data FROM " + prefix + "journal WHERE event_type = 'ticket.created'")
                    .get(0).get(0);
            for (String field : List.of("\"customerId\":\"ada\"", "\"companyId\":\"acme\"", "\"status\":\"solved\"",
                    "\"priority\":\"high\"", "\"channel\":\"email\"")) {
                assertTrue(created.contains(field), field + " in " + created);
            }
            assertEquals(List.of(List.of("seen:ticket.created", "", "")), rows(dataSource, "SELECT event_type, ticket_id,"
                    + " subject_id FROM " + prefix + "journal WHERE source = 'https://desk.example.com' AND event_id = 'e-1'"),
                    "an event processed before the journal stays a duplicate, and no fold reads it");
            assertEquals(List.of(List.of("ada")), rows(dataSource, "SELECT customer_id FROM " + prefix + "journal"
                    + " WHERE event_type = 'ticket.created'"), "the history finds a customer's tickets by it");
            // The journal's upgrade asked for a rebuild, and the history's asks again: one rebuild does both.
            assertEquals(List.of(List.of("tickets", "upgrade to the history")), rows(dataSource, "SELECT phase,"
                    + " requested_by FROM " + prefix + "rebuild WHERE tenant_id = 't1'"));
        } finally {
            execute(dataSource, TABLES.stream().map(table -> "DROP TABLE IF EXISTS " + prefix + table).toArray(String[]::new));
        }
    }

    @Test
    void theAlertRulesOfTenantsWhoseIdsDifferOnlyInLetterCaseOrATrailingSpaceAreKeptApart() throws Exception {
        DataSource dataSource = dataSource();
        String table = StoreLocation.configured().tablePrefix() + "alert_rules";
        String tenant = "Exact-" + UUID.randomUUID().toString().substring(0, 8);
        List<String> tenants = List.of(tenant, tenant.toLowerCase(Locale.ROOT), tenant + " ");
        try {
            for (String each : tenants) {
                execute(dataSource, "INSERT INTO " + table + " (tenant_id, version, settings, saved_at, saved_by)"
                        + " VALUES ('" + each + "', 1, NULL, 0, 'it')");
            }

            assertEquals(List.of(List.of("1")), rows(dataSource, "SELECT COUNT(*) FROM " + table + " WHERE tenant_id = '"
                    + tenant.toLowerCase(Locale.ROOT) + "'"), "one row per exact id");
        } finally {
            for (String each : tenants) {
                execute(dataSource, "DELETE FROM " + table + " WHERE tenant_id = '" + each + "'");
            }
        }
    }

    /** The rows {@code query} answers, every value as text, SQL NULL as empty. */
    private static List<List<String>> rows(DataSource dataSource, String query) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(query)) {
            while (result.next()) {
                List<String> row = new ArrayList<>();
                for (int column = 1; column <= result.getMetaData().getColumnCount(); column++) {
                    String value = result.getString(column);
                    row.add(value == null ? "" : value);
                }
                rows.add(row);
            }
        }
        return rows;
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
