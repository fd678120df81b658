package com.customerhealth.schema;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps PostgreSQL's statistics of the plugin's tables current when the database does not: with
 * autovacuum off, a table is never analyzed, and the plans PostgreSQL caches for the plugin's prepared
 * statements stay those it made while the table was young and nearly empty. Such a plan may reach a few
 * ids through the tenant alone (a tenant holds a handful of rows, as far as a planner without statistics
 * knows) and so read all of a tenant's rows on every lookup once the table has grown. Analyzing a table
 * also makes PostgreSQL plan those statements again.
 *
 * <p>Every {@code chm.store.statistics-seconds} this analyzes each table of the plugin that changed by
 * more than autovacuum's own default threshold since it was last analyzed: 50 rows and a tenth of the
 * table. Nothing happens on other databases (MariaDB's InnoDB recalculates its statistics itself) nor when
 * autovacuum is on, which then does the same.
 */
@ApplicationScoped
public class StoreStatistics {

    private static final Logger LOG = Logger.getLogger(StoreStatistics.class.getName());

    /** The tables of the prefix that changed enough since they were last analyzed, by either. */
    private static final String DUE = "SELECT s.relname, s.n_mod_since_analyze, c.reltuples"
            + " FROM pg_stat_user_tables s JOIN pg_class c ON c.oid = s.relid"
            + " WHERE s.schemaname = current_schema() AND left(s.relname, ?) = ?";

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = "chm.store.statistics-seconds", defaultValue = "10")
    long everySeconds;

    private volatile boolean failing;

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 200) StoreMigrated migrated) {
        if (everySeconds > 0) {
            scheduler.scheduleWithFixedDelay(this::analyzeQuietly, everySeconds, everySeconds, TimeUnit.SECONDS);
        }
    }

    /**
     * Whether a table of {@code rows} rows, as last counted, that changed {@code modified} rows since it
     * was last analyzed needs analyzing again: autovacuum's default rule. A table never analyzed counts
     * {@code rows} below zero (PostgreSQL 14 on) or as zero.
     */
    static boolean isDue(long modified, double rows) {
        return modified > 50 + 0.1 * Math.max(rows, 0);
    }

    /**
     * Analyzes the plugin's tables that are due, when the store is PostgreSQL with autovacuum off.
     *
     * @return the tables analyzed
     */
    public List<String> analyzeDue() throws SQLException, NamingException {
        StoreLocation location = StoreLocation.configured();
        DataSource dataSource = InitialContext.doLookup(location.dataSource());
        List<String> analyzed = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres")
                    || autovacuumOn(connection)) {
                return analyzed;
            }
            List<String> due = new ArrayList<>();
            try (PreparedStatement tables = connection.prepareStatement(DUE)) {
                tables.setInt(1, location.tablePrefix().length());
                tables.setString(2, location.tablePrefix());
                try (ResultSet rows = tables.executeQuery()) {
                    while (rows.next()) {
                        if (isDue(rows.getLong(2), rows.getDouble(3))) {
                            due.add(rows.getString(1));
                        }
                    }
                }
            }
            try (Statement analyze = connection.createStatement()) {
                for (String table : due) {
                    // The name comes from the catalog, under a prefix of letters, digits and underscores.
                    analyze.execute("ANALYZE \"" + table.replace("\"", "\"\"") + "\"");
                    analyzed.add(table);
                }
            }
        }
        return analyzed;
    }

    private static boolean autovacuumOn(Connection connection) throws SQLException {
        try (Statement show = connection.createStatement(); ResultSet setting = show.executeQuery("SHOW autovacuum")) {
            return setting.next() && "on".equalsIgnoreCase(setting.getString(1));
        }
    }

    private void analyzeQuietly() {
        try {
            List<String> analyzed = analyzeDue();
            if (!analyzed.isEmpty()) {
                LOG.fine(() -> "Analyzed " + analyzed);
            }
            failing = false;
        } catch (SQLException | NamingException | RuntimeException e) {
            // Once per outage at WARNING: the store being away is reported by the readiness check already.
            LOG.log(failing ? Level.FINE : Level.WARNING, "Analyzing the plugin's tables failed; the next run in "
                    + everySeconds + " s tries again", e);
            failing = true;
        }
    }
}
