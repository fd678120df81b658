package com.customerhealth.schema;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.flywaydb.core.api.migration.Context;

/**
 * Migration 12: the beginning of the history for a store that kept events before it kept history. It
 * writes into the journal the customer each kept {@code ticket.created} and {@code ticket.customer_changed}
 * names, which finds every ticket a customer ever had, then asks for every tenant's state to be rebuilt
 * from the journal: a rebuild derives every customer's and company's history from the beginning. On MariaDB
 * and MySQL the history's table compares its ids byte for byte, as migration 8 made the others do.
 */
public class HistoryBeginning extends JavaMigrationStep {

    private static final JsonProvider JSON = JsonProvider.provider();
    private static final int BATCH = 500;

    public HistoryBeginning() {
        super("12", "history beginning");
    }

    @Override
    public void migrate(Context context) throws SQLException {
        String prefix = context.getConfiguration().getPlaceholders().get("prefix");
        ExactIds.compareExactly(context, List.of("score_point"));
        Connection connection = context.getConnection();
        Set<String> tenants = new LinkedHashSet<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT tenant_id, source, event_id, data FROM "
                + prefix + "journal WHERE event_type IN ('ticket.created', 'ticket.customer_changed')");
             PreparedStatement update = connection.prepareStatement("UPDATE " + prefix + "journal SET customer_id = ?"
                     + " WHERE event_id = ? AND source = ? AND tenant_id = ?");
             ResultSet row = select.executeQuery()) {
            int pending = 0;
            while (row.next()) {
                tenants.add(row.getString(1));
                JsonObject data;
                try (var reader = JSON.createReader(new StringReader(row.getString(4)))) {
                    data = reader.readObject();
                }
                JsonValue customer = data.get("customerId");
                if (customer == null || customer.getValueType() != JsonValue.ValueType.STRING) {
                    continue;
                }
                update.setString(1, data.getString("customerId"));
                update.setString(2, row.getString(3));
                update.setString(3, row.getString(2));
                update.setString(4, row.getString(1));
                update.addBatch();
                if (++pending == BATCH) {
                    update.executeBatch();
                    pending = 0;
                }
            }
            update.executeBatch();
        }
        try (PreparedStatement drop = connection.prepareStatement("DELETE FROM " + prefix + "rebuild WHERE tenant_id = ?");
             PreparedStatement request = connection.prepareStatement("INSERT INTO " + prefix + "rebuild (tenant_id,"
                     + " requested_at, requested_by, phase, cursor_id, done, total) VALUES (?, ?, ?, 'tickets', NULL, 0, 0)")) {
            for (String tenant : tenants) {
                drop.setString(1, tenant);
                drop.executeUpdate();
                request.setString(1, tenant);
                request.setLong(2, Instant.now().toEpochMilli());
                request.setString(3, "upgrade to the history");
                request.executeUpdate();
            }
        }
    }
}
