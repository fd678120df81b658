package com.customerhealth.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class HealthJsonTest {

    /** What the API wrote before: JSON-B with null values written. */
    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withNullValues(true));

    private static final Instant AT = Instant.parse("2026-11-23T06:36:15.123456Z");

    static Stream<CustomerHealthView> customers() {
        return Stream.of(
                new CustomerHealthView("c-1", "Ada <b>Lovelace</b> \"quoted\" \u00e9", 50, "average", List.of(
                        new ParameterView("avgCsat", "Average CSAT in the window", "higher_is_better", true, 1.5,
                                "poor", 0, 2.0, 2.5, 1.5, 3.0),
                        new ParameterView("openTickets", "Currently open tickets", "lower_is_better", false, null,
                                "no_data", null, 1.0, 2.0, 3.0, null)),
                        new LastChangeView(AT, 75, "event", "evt-1", "CSAT 1 of 3 on ticket 123",
                                new LastChangeView.Words("cause.csat", List.of("1", "3", "123")), List.of("avgCsat")), AT, -25, 10),
                new CustomerHealthView("c-2", "c-2", null, "no_data", List.of(), null, null, null, null),
                new CustomerHealthView("c-3", "Bo", 100, "healthy", List.of(),
                        new LastChangeView(Instant.parse("2026-01-01T00:00:00Z"), null, "time", null, "window",
                                null, List.of()), Instant.parse("2026-01-01T00:00:00Z"), 0, null));
    }

    static Stream<CompanyHealthView> companies() {
        List<CompanyHealthView.Member> members = List.of(new CompanyHealthView.Member("c-1", 25, "poor", 3),
                new CompanyHealthView.Member("c-2", null, "no_data", 0));
        return Stream.of(
                new CompanyHealthView("acme", "Acme & Sons", 25, "poor", "mean",
                        CompanyHealthView.Spread.of(members), members,
                        new LastChangeView(AT, 40, "event", "evt-2", "A customer's score moved", null, List.of()), AT, -5, null),
                new CompanyHealthView("empty", "empty", null, "no_data", null,
                        CompanyHealthView.Spread.of(List.of()), List.of(), null, null, null, null));
    }

    @ParameterizedTest
    @MethodSource("customers")
    void customerIsWrittenAsJsonBindingWritesIt(CustomerHealthView view) {
        assertEquals(parse(JSONB.toJson(view)), parse(HealthJson.write(view)));
    }

    @ParameterizedTest
    @MethodSource("companies")
    void companyIsWrittenAsJsonBindingWritesIt(CompanyHealthView view) {
        assertEquals(parse(JSONB.toJson(view)), parse(HealthJson.write(view)));
    }

    @Test
    void listsAreWrittenAsArraysInTheirOrder() throws Exception {
        List<CustomerHealthView> views = customers().toList();
        Type listType = HealthJsonTest.class.getDeclaredMethod("customerList").getGenericReturnType();
        HealthJson writer = new HealthJson();
        assertTrue(writer.isWriteable(ArrayList.class, listType, new Annotation[0], MediaType.APPLICATION_JSON_TYPE));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.writeTo(views, ArrayList.class, listType, new Annotation[0], MediaType.APPLICATION_JSON_TYPE, null, out);

        assertEquals(parse(JSONB.toJson(views)), parse(out.toString(StandardCharsets.UTF_8)));
    }

    @Test
    void everythingButListsOfViewsIsLeftToJsonBinding() throws Exception {
        Type strings = HealthJsonTest.class.getDeclaredMethod("stringList").getGenericReturnType();
        HealthJson writer = new HealthJson();
        assertFalse(writer.isWriteable(List.class, strings, new Annotation[0], MediaType.APPLICATION_JSON_TYPE));
        assertFalse(writer.isWriteable(String.class, String.class, new Annotation[0], MediaType.APPLICATION_JSON_TYPE));
        assertFalse(writer.isWriteable(CustomerHealthView.class, CustomerHealthView.class, new Annotation[0],
                MediaType.APPLICATION_JSON_TYPE));
    }

    @SuppressWarnings("unused")
    private static List<CustomerHealthView> customerList() {
        return List.of();
    }

    @SuppressWarnings("unused")
    private static List<String> stringList() {
        return List.of();
    }

    private static JsonValue parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readValue();
        }
    }
}
