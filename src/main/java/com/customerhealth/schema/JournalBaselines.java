package com.customerhealth.schema;

import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.flywaydb.core.api.migration.Context;

/**
 * Migration 6: the journal's beginning for a store that kept state before it kept events. For every ticket,
 * customer and company whose events came before the journal, it writes events of the contract that fold
 * to what the row holds (source {@code urn:chm:baseline}): the ticket's creation as it stands now, its
 * interactions, its rating, its deletion; the directory's latest entry. Then it asks for every tenant's
 * state to be rebuilt from the journal, so every row is the fold of its events from then on.
 *
 * <p>What a row did not keep cannot come back: the interactions of a baseline ticket are dated at its last
 * activity, and an event dated before that which arrives after the upgrade folds under the baseline.
 */
public class JournalBaselines extends JavaMigrationStep {

    /** Where the baseline events come from. */
    public static final String SOURCE = "urn:chm:baseline";

    private static final JsonProvider JSON = JsonProvider.provider();
    private static final Instant NEVER = Instant.EPOCH;

    public JournalBaselines() {
        super("6", "journal baselines");
    }

    @Override
    public void migrate(Context context) throws SQLException {
        String prefix = context.getConfiguration().getPlaceholders().get("prefix");
        Connection connection = context.getConnection();
        Set<String> tenants = new LinkedHashSet<>();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + prefix + "journal (tenant_id,"
                + " source, event_id, event_type, ticket_id, subject_id, occurred_at, received_at, data)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            Baseline baseline = new Baseline(insert, Instant.now());
            tickets(connection, prefix, baseline, tenants);
            customers(connection, prefix, baseline, tenants);
            companies(connection, prefix, baseline, tenants);
            insert.executeBatch();
        }
        try (PreparedStatement request = connection.prepareStatement("INSERT INTO " + prefix + "rebuild (tenant_id,"
                + " requested_at, requested_by, phase, cursor_id, done, total) VALUES (?, ?, ?, 'tickets', NULL, 0, 0)")) {
            for (String tenant : tenants) {
                request.setString(1, tenant);
                request.setLong(2, Instant.now().toEpochMilli());
                request.setString(3, "upgrade to the journal");
                request.addBatch();
            }
            request.executeBatch();
        }
    }

    private static void tickets(Connection connection, String prefix, Baseline baseline, Set<String> tenants)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT t.tenant_id, t.id, t.customer_id,"
                + " t.company_id, t.status, t.priority, t.channel, t.created_at, t.own_interactions, t.last_activity_at,"
                + " t.rating, t.rating_scale_min, t.rating_scale_max, t.rated_at, t.deleted FROM " + prefix + "ticket t"
                + " WHERE t.opened = ? AND NOT EXISTS (SELECT 1 FROM " + prefix + "journal j"
                + " WHERE j.ticket_id = t.id AND j.tenant_id = t.tenant_id)")) {
            select.setBoolean(1, true);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    String tenant = row.getString(1);
                    String ticket = row.getString(2);
                    Instant created = Instant.ofEpochMilli(row.getLong(8));
                    Instant lastActivity = Instant.ofEpochMilli(row.getLong(10));
                    tenants.add(tenant);
                    JsonObjectBuilder data = JSON.createObjectBuilder().add("ticketId", ticket)
                            .add("customerId", row.getString(3)).add("createdAt", created.toString())
                            .add("status", row.getString(5));
                    optional(data, "companyId", row.getString(4));
                    optional(data, "priority", row.getString(6));
                    optional(data, "channel", row.getString(7));
                    baseline.event(tenant, ticket + ":created", "ticket.created", ticket, null, created, data);
                    int interactions = row.getInt(9);
                    for (int i = 1; i <= interactions; i++) {
                        baseline.event(tenant, ticket + ":interaction:" + i, "ticket.interaction_added", ticket, null,
                                lastActivity, JSON.createObjectBuilder().add("ticketId", ticket).add("author", "customer")
                                        .add("at", lastActivity.toString()));
                    }
                    double rating = row.getDouble(11);
                    if (!row.wasNull()) {
                        Instant rated = Instant.ofEpochMilli(row.getLong(14));
                        baseline.event(tenant, ticket + ":rated", "csat.rated", ticket, null, rated,
                                JSON.createObjectBuilder().add("ticketId", ticket).add("rating", rating)
                                        .add("scaleMin", row.getDouble(12)).add("scaleMax", row.getDouble(13))
                                        .add("at", rated.toString()));
                    }
                    if (row.getBoolean(15)) {
                        baseline.event(tenant, ticket + ":deleted", "ticket.deleted", ticket, null, lastActivity,
                                JSON.createObjectBuilder().add("ticketId", ticket));
                    }
                }
            }
        }
    }

    private static void customers(Connection connection, String prefix, Baseline baseline, Set<String> tenants)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT c.tenant_id, c.id, c.name, c.email,"
                + " c.company_id, c.updated_at FROM " + prefix + "customer c WHERE c.updated_at > 0")) {
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    tenants.add(row.getString(1));
                    JsonObjectBuilder data = JSON.createObjectBuilder().add("customerId", row.getString(2));
                    optional(data, "name", row.getString(3));
                    optional(data, "email", row.getString(4));
                    optional(data, "companyId", row.getString(5));
                    baseline.event(row.getString(1), "customer:" + row.getString(2), "customer.upserted", null,
                            row.getString(2), Instant.ofEpochMilli(row.getLong(6)), data);
                }
            }
        }
    }

    private static void companies(Connection connection, String prefix, Baseline baseline, Set<String> tenants)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT c.tenant_id, c.id, c.name, c.updated_at"
                + " FROM " + prefix + "company c WHERE c.updated_at > 0")) {
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    tenants.add(row.getString(1));
                    JsonObjectBuilder data = JSON.createObjectBuilder().add("companyId", row.getString(2));
                    optional(data, "name", row.getString(3));
                    baseline.event(row.getString(1), "company:" + row.getString(2), "company.upserted", null,
                            row.getString(2), Instant.ofEpochMilli(row.getLong(4)), data);
                }
            }
        }
    }

    private static void optional(JsonObjectBuilder data, String name, String value) {
        if (value != null) {
            data.add(name, value);
        }
    }

    /** Writes baseline events in batches of statements. */
    private static final class Baseline {

        private final PreparedStatement insert;
        private final Instant now;
        private int pending;

        Baseline(PreparedStatement insert, Instant now) {
            this.insert = insert;
            this.now = now;
        }

        void event(String tenant, String name, String type, String ticketId, String subjectId, Instant at,
                   JsonObjectBuilder data) throws SQLException {
            // A name made of the helpdesk's ids may be longer than an event id: its digest is not.
            String id = "baseline-" + UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
            insert.setString(1, tenant);
            insert.setString(2, SOURCE);
            insert.setString(3, id);
            insert.setString(4, type);
            insert.setString(5, ticketId);
            insert.setString(6, subjectId);
            insert.setLong(7, (at.isBefore(NEVER) ? NEVER : at).toEpochMilli());
            insert.setLong(8, now.toEpochMilli());
            insert.setString(9, data.build().toString());
            insert.addBatch();
            if (++pending % 500 == 0) {
                insert.executeBatch();
            }
        }
    }
}
