package com.customerhealth.schema;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the plugin's tables up to date when the application starts, before anything reads them.
 *
 * <p>The migrations in {@code db/migration} name tables {@code ${prefix}name}; the history of applied
 * migrations is the table {@code <prefix>schema_history}. A database that already holds the helpdesk's
 * tables (or another plugin install's, under another prefix) is migrated beside them. Several server
 * instances starting at once take turns: Flyway locks the history table.
 *
 * <p>A database that cannot be reached at start-up (it starts after the server, or is being restarted)
 * is tried again every {@value #RETRY_SECONDS} seconds; until the store is migrated the plugin reports
 * itself not ready and answers every request 503.
 */
@ApplicationScoped
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    static final long RETRY_SECONDS = 10;

    private volatile String failure = "the migrations have not run yet";

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    Event<StoreMigrated> migrated;

    /** Runs first among the start-up observers: the others read the tables. */
    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) @Initialized(ApplicationScoped.class)
                 Object context) {
        if (!tryMigrating()) {
            scheduler.schedule(this::retry, RETRY_SECONDS, TimeUnit.SECONDS);
        }
    }

    private void retry() {
        if (!tryMigrating()) {
            scheduler.schedule(this::retry, RETRY_SECONDS, TimeUnit.SECONDS);
        }
    }

    private boolean tryMigrating() {
        try {
            StoreLocation location = StoreLocation.configured();
            DataSource store = lookup(location.dataSource());
            MigrateResult result = migrate(store, location.tablePrefix());
            commitAtOnceOnH2(store);
            failure = null;
            LOG.info(() -> "Store at " + location.dataSource() + " with prefix " + location.tablePrefix()
                    + " is at version " + (result.migrationsExecuted > 0 ? result.targetSchemaVersion
                    : result.initialSchemaVersion) + " (" + result.migrationsExecuted + " migrations applied now)");
        } catch (RuntimeException | NamingException e) {
            boolean first = !e.getMessage().equals(failure);
            failure = e.getMessage();
            LOG.log(first ? Level.SEVERE : Level.FINE, "The store could not be migrated; the plugin reports itself"
                    + " not ready and tries again in " + RETRY_SECONDS + " s", e);
            return false;
        }
        migrated.fire(new StoreMigrated());
        return true;
    }

    /**
     * On H2 (the runtime's embedded database), makes every commit reach the file at once. H2 writes its
     * commits half a second later by default, so a server killed within that half second would lose events
     * it had already acknowledged, and the alerts and messages written with them. The setting is the
     * database's own and persists; other databases are left as they are.
     */
    static void commitAtOnceOnH2(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            if (connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("h2")) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SET WRITE_DELAY 0");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot make the embedded database write its commits at once: "
                    + e.getMessage(), e);
        }
    }

    /** Whether the store is migrated to the version this build needs. */
    public boolean isMigrated() {
        return failure == null;
    }

    /** Why the store is not migrated; {@code null} once it is. */
    public String failure() {
        return failure;
    }

    /**
     * Applies every pending migration to the tables with {@code tablePrefix} in {@code dataSource}.
     *
     * @return what was applied
     */
    public static MigrateResult migrate(DataSource dataSource, String tablePrefix) {
        return migrate(dataSource, tablePrefix, MigrationVersion.LATEST);
    }

    /** Applies the pending migrations up to {@code target}: how a store of an earlier version is made. */
    static MigrateResult migrate(DataSource dataSource, String tablePrefix, MigrationVersion target) {
        return Flyway.configure(SchemaMigration.class.getClassLoader())
                .target(target)
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .table(tablePrefix + "schema_history")
                .placeholders(placeholders(dataSource, tablePrefix))
                .javaMigrations(new JournalBaselines(), new ExactIds(), new HistoryBeginning(), new AlertIdsExact())
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
    }

    /**
     * What the migrations need said in each database's own SQL: {@code text}, the column type for text of
     * any length, {@code exact}, what follows a new table's columns so that it compares text byte for byte
     * ({@link ExactIds}), and {@code on_<table>}, what follows the index name in {@code DROP INDEX} (MariaDB names
     * the table, the others do not). Also warns when the datasource isolates transactions more than READ
     * COMMITTED (MariaDB's default is REPEATABLE READ): a batch that waited for another's row lock must then
     * read what that one committed.
     */
    private static Map<String, String> placeholders(DataSource dataSource, String tablePrefix) {
        try (Connection connection = dataSource.getConnection()) {
            if (connection.getTransactionIsolation() > Connection.TRANSACTION_READ_COMMITTED) {
                LOG.warning("The store's datasource isolates transactions more than READ COMMITTED; concurrent"
                        + " deliveries about the same customer may then score from stale tickets. Set the pool's"
                        + " transaction isolation to read-committed (asadmin: --isolationlevel read-committed)");
            }
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            boolean mariaDb = product.contains("mariadb") || product.contains("mysql");
            String text = product.contains("postgres") ? "TEXT" : mariaDb ? "LONGTEXT" : "CLOB";
            return Map.of("prefix", tablePrefix, "text", text, "exact", ExactIds.tableOptions(product),
                    "on_ticket", mariaDb ? " ON " + tablePrefix + "ticket" : "",
                    "on_customer", mariaDb ? " ON " + tablePrefix + "customer" : "",
                    "on_journal", mariaDb ? " ON " + tablePrefix + "journal" : "",
                    "on_score_point", mariaDb ? " ON " + tablePrefix + "score_point" : "");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot connect to the store: " + e.getMessage(), e);
        }
    }

    private static DataSource lookup(String jndiName) throws NamingException {
        return InitialContext.doLookup(jndiName);
    }
}
