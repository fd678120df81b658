package com.customerhealth.monitoring;

import static com.customerhealth.platform.JsonFields.instant;
import static com.customerhealth.platform.JsonFields.integer;
import static com.customerhealth.platform.JsonFields.string;

import com.customerhealth.health.LastChangeView;
import com.customerhealth.platform.Texts;
import com.customerhealth.scoring.ChangeCause;
import com.customerhealth.scoring.Health;
import com.customerhealth.scoring.Rating;
import com.customerhealth.scoring.RulesSince;
import com.customerhealth.tickets.Ticket;
import com.customerhealth.tickets.TicketState;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The monitoring answers as JSON, every field present, {@code null} where there is no value. */
final class MonitoringJson {

    private static final JsonProvider JSON = JsonProvider.provider();

    private MonitoringJson() {
    }

    static JsonObject page(MonitoringQueries.Page page) {
        JsonArrayBuilder items = JSON.createArrayBuilder();
        page.items().forEach(row -> items.add(row(row)));
        return JSON.createObjectBuilder().add("total", page.total()).add("page", page.page()).add("size", page.size())
                .add("items", items).build();
    }

    static JsonObject portfolio(MonitoringQueries.Overview overview) {
        MonitoringQueries.Portfolio customers = overview.customers();
        MonitoringQueries.Portfolio companies = overview.companies();
        return JSON.createObjectBuilder()
                .add("customers", counts(customers.counts()))
                .add("companies", counts(companies.counts()))
                .add("trend", trend(customers.trend()))
                .add("companyTrend", trend(companies.trend()))
                .add("movers", rows(customers.movers()))
                .add("risers", rows(customers.risers()))
                .add("companyMovers", rows(companies.movers()))
                .add("companyRisers", rows(companies.risers()))
                .add("configurationChanges", saves(overview.configurationChanges()))
                .build();
    }

    static JsonObject history(HistoryReads.History history) {
        JsonArrayBuilder points = JSON.createArrayBuilder();
        for (HistoryPoint point : history.points()) {
            JsonObjectBuilder json = JSON.createObjectBuilder().add("at", point.at().toString());
            integer(json, "score", point.score());
            json.add("band", point.health().key()).add("tickets", point.tickets()).add("parameters", ScorePoint.values(point.parameters()));
            cause(json, point.cause());
            points.add(json);
        }
        JsonObjectBuilder json = JSON.createObjectBuilder().add("id", history.id()).add("name", history.name());
        string(json, "companyId", history.companyId());
        return json.add("points", points).add("configurationChanges", saves(history.configurationChanges())).build();
    }

    static JsonObject tickets(String customerId, List<Ticket> tickets) {
        JsonArrayBuilder items = JSON.createArrayBuilder();
        for (Ticket ticket : tickets) {
            JsonObjectBuilder json = JSON.createObjectBuilder().add("id", ticket.id());
            string(json, "subject", ticket.subject());
            json.add("status", ticket.status().key());
            string(json, "priority", ticket.priority());
            string(json, "channel", ticket.channel());
            TicketState state = ticket.state();
            instant(json, "createdAt", state.createdAt());
            instant(json, "lastActivityAt", state.lastActivityAt());
            json.add("interactions", ticket.interactions());
            Rating rating = ticket.rating();
            if (rating == null) {
                json.addNull("rating");
            } else {
                json.add("rating", JSON.createObjectBuilder().add("value", rating.value())
                        .add("scaleMin", rating.scaleMin()).add("scaleMax", rating.scaleMax()));
            }
            items.add(json);
        }
        return JSON.createObjectBuilder().add("customerId", customerId).add("items", items).build();
    }

    private static JsonArrayBuilder saves(List<RulesSince> saves) {
        JsonArrayBuilder changes = JSON.createArrayBuilder();
        saves.forEach(rules -> changes.add(JSON.createObjectBuilder()
                .add("at", rules.since().toString()).add("version", rules.version()).add("savedBy", rules.savedBy())));
        return changes;
    }

    private static JsonArrayBuilder rows(List<MonitoringQueries.Row> rows) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        rows.forEach(row -> array.add(row(row)));
        return array;
    }

    private static JsonObjectBuilder row(MonitoringQueries.Row row) {
        JsonObjectBuilder json = JSON.createObjectBuilder().add("id", row.id()).add("name", row.name());
        string(json, "companyId", row.companyId());
        integer(json, "score", row.score());
        json.add("band", row.health().key());
        integer(json, "delta7", row.delta7());
        integer(json, "delta30", row.delta30());
        LastChangeView change = LastChangeView.of(row.lastChange());
        if (change == null) {
            json.addNull("lastChange");
        } else {
            JsonObjectBuilder last = JSON.createObjectBuilder().add("at", change.at().toString());
            integer(last, "previousScore", change.previousScore());
            string(last, "kind", change.kind());
            string(last, "reference", change.reference());
            string(last, "summary", change.summary());
            if (change.cause() == null) {
                last.addNull("cause");
            } else {
                last.add("cause", JSON.createObjectBuilder().add("key", change.cause().key())
                        .add("arguments", JSON.createArrayBuilder(change.cause().arguments())));
            }
            json.add("lastChange", last);
        }
        return json;
    }

    private static JsonObjectBuilder counts(Map<Health, Integer> counts) {
        return JSON.createObjectBuilder().add("healthy", counts.get(Health.HEALTHY))
                .add("average", counts.get(Health.AVERAGE)).add("poor", counts.get(Health.POOR))
                .add("noData", counts.get(Health.NO_DATA));
    }

    private static JsonArrayBuilder trend(List<MonitoringQueries.Day> trend) {
        JsonArrayBuilder days = JSON.createArrayBuilder();
        trend.forEach(day -> days.add(counts(day.counts()).add("day", day.day().toString())));
        return days;
    }

    private static void cause(JsonObjectBuilder json, ChangeCause cause) {
        json.add("kind", cause.kind());
        string(json, "reference", cause.reference());
        json.add("summary", Texts.english().format(cause.textKey(), cause.arguments().toArray()));
        json.add("cause", JSON.createObjectBuilder().add("key", cause.textKey())
                .add("arguments", JSON.createArrayBuilder(cause.arguments())));
    }
}
