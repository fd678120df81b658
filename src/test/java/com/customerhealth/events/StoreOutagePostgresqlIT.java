package com.customerhealth.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.customerhealth.schema.StoreLocation;
import com.customerhealth.testing.Api;
import com.customerhealth.testing.PluginDeployment;
import com.customerhealth.testing.SignedEvents;
import com.customerhealth.testing.StoredFixtures;
import com.customerhealth.testing.TestUsers;
import com.customerhealth.tickets.TicketStatus;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The database goes away while events arrive: they are refused with 503 and Retry-After, nothing is half
 * applied, and the same events sent again once it is back are applied exactly once. Runs in the postgresql
 * profile only ({@code *PostgresqlIT}): it takes the database away with PostgreSQL's own administration, as
 * user postgres with trust authentication on 127.0.0.1, as on the build machines.
 */
@ExtendWith(ArquillianExtension.class)
class StoreOutagePostgresqlIT {

    private static final String SOURCE = "https://desk.example.com";

    @Deployment
    static WebArchive deployment() {
        return PluginDeployment.withTestSupport();
    }

    @ArquillianResource
    URL base;

    @Test
    void eventsRefusedWhileTheDatabaseIsAwayAreAppliedOnceWhenSentAgain() throws Exception {
        String database = postgresqlDatabase();
        SignedEvents events = new SignedEvents(base);
        String customer = StoredFixtures.uniqueId("customer");
        String ticket = StoredFixtures.uniqueId("ticket");
        Instant now = Instant.now();
        assertEquals(202, events.postOne(new TicketCreated(header(now.minusSeconds(600)), ticket, customer, null,
                now.minusSeconds(600), TicketStatus.OPEN, null, null)).statusCode());
        List<HelpdeskEvent> batch = List.of(
                new TicketInteractionAdded(header(now.minusSeconds(300)), ticket, "customer", now.minusSeconds(300), true),
                new TicketInteractionAdded(header(now.minusSeconds(200)), ticket, "agent", now.minusSeconds(200), true),
                new CsatRated(header(now.minusSeconds(100)), ticket, 1, 1, 3, now.minusSeconds(100), null));

        HttpResponse<String> refused;
        try {
            administer("ALTER DATABASE " + database + " ALLOW_CONNECTIONS false",
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + database + "'"
                            + " AND pid <> pg_backend_pid()");
            refused = events.postBatch(batch);
        } finally {
            administer("ALTER DATABASE " + database + " ALLOW_CONNECTIONS true");
        }

        assertEquals(503, refused.statusCode(), refused.body());
        assertTrue(refused.headers().firstValue("Retry-After").isPresent());
        HttpResponse<String> again = events.postBatch(batch);
        for (int attempt = 0; again.statusCode() == 503 && attempt < 20; attempt++) {
            Thread.sleep(500);
            again = events.postBatch(batch);
        }
        assertEquals(202, again.statusCode(), again.body());
        HttpResponse<String> thrice = events.postBatch(batch);
        assertEquals(List.of("duplicate", "duplicate", "duplicate"), Api.json(thrice).asJsonArray().stream()
                .map(verdict -> verdict.asJsonObject().getString("status")).toList());
        var parameters = Api.json(Api.at(base).as(TestUsers.AGENT).get("api/v1/customers/" + customer + "/health"))
                .asJsonObject().getJsonArray("parameters").stream().map(JsonValue::asJsonObject)
                .filter(parameter -> parameter.getString("key").equals("avgInteractions")).findFirst().orElseThrow();
        assertEquals(2.0, parameters.getJsonNumber("value").doubleValue(), 1e-9, "each interaction counted once");
    }

    private static EventHeader header(Instant at) {
        return new EventHeader("default", SOURCE, StoredFixtures.uniqueId("evt"), at);
    }

    /** The name of the store's database, which must be PostgreSQL. */
    private static String postgresqlDatabase() throws Exception {
        DataSource store = InitialContext.doLookup(StoreLocation.configured().dataSource());
        try (Connection connection = store.getConnection()) {
            assertEquals("PostgreSQL", connection.getMetaData().getDatabaseProductName(),
                    "*PostgresqlIT tests run in the postgresql profile only");
            try (Statement statement = connection.createStatement();
                 ResultSet name = statement.executeQuery("SELECT current_database()")) {
                name.next();
                return name.getString(1);
            }
        }
    }

    private static void administer(String... statements) throws SQLException {
        try (Connection admin = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
             Statement statement = admin.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
