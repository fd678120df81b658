package com.customerhealth.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.customerhealth.events.CustomerUpserted;
import com.customerhealth.events.EventHeader;
import com.customerhealth.events.HelpdeskEvent;
import com.customerhealth.testing.PluginDeployment;
import com.customerhealth.testing.SignedEvents;
import com.customerhealth.testing.StoredFixtures;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * With autovacuum off, as on the build machines, nothing else analyzes the plugin's tables: the journal,
 * grown by more than autovacuum's threshold, is analyzed by the plugin within a few of its periods.
 */
@ExtendWith(ArquillianExtension.class)
class StoreStatisticsPostgresqlIT {

    private static final String SOURCE = "https://desk.example.com";

    @Deployment
    static WebArchive deployment() {
        return PluginDeployment.withTestSupport();
    }

    @ArquillianResource
    URL base;

    @PersistenceContext(unitName = "chm")
    EntityManager em;

    @Test
    void aJournalThatGrewIsAnalyzed() throws Exception {
        assumeTrue("off".equals(em.createNativeQuery("SHOW autovacuum").getSingleResult()),
                "autovacuum analyzes the tables itself on this server");
        String journal = StoreLocation.configured().tablePrefix() + "journal";
        Instant before = ((Timestamp) em.createNativeQuery("SELECT CAST(now() AS timestamp)").getSingleResult()).toInstant();
        double rows = ((Number) em.createNativeQuery("SELECT reltuples FROM pg_class WHERE relname = ?")
                .setParameter(1, journal).getSingleResult()).doubleValue();
        // Autovacuum's rule, 50 rows and a tenth of the rows counted at the last analysis, with a margin.
        long events = 100 + (long) (Math.max(rows, 0) / 10);
        String run = StoredFixtures.uniqueId("stats");
        List<HelpdeskEvent> batch = new ArrayList<>();
        SignedEvents sender = new SignedEvents(base);
        for (long i = 0; i < events; i++) {
            batch.add(new CustomerUpserted(new EventHeader("default", SOURCE, run + "-" + i, Instant.now()),
                    run + "-customer-" + i, "Customer " + i, null, null, Map.of()));
            if (batch.size() == 1000 || i == events - 1) {
                HttpResponse<String> answer = sender.postBatch(batch);
                assertEquals(202, answer.statusCode(), answer.body());
                batch.clear();
            }
        }

        Instant deadline = Instant.now().plusSeconds(90);
        Timestamp analyzed = null;
        while (Instant.now().isBefore(deadline)) {
            analyzed = (Timestamp) em.createNativeQuery("SELECT CAST(last_analyze AS timestamp) FROM pg_stat_user_tables"
                    + " WHERE relname = ? AND schemaname = current_schema()").setParameter(1, journal).getSingleResult();
            if (analyzed != null && !analyzed.toInstant().isBefore(before)) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError(journal + " last analyzed " + analyzed + ", not since " + before);
    }
}
