package com.customerhealth.health;

import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.OutputStream;
import java.io.StringWriter;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Writes the health views as JSON in one pass, in the shape JSON-B gives them with null values written.
 * The batch reads answer up to 500 views at once, each with a dozen parameters: JSON-B's reflective walk
 * over so many records costs more than the database read they come from, so the batch answers and the
 * score stream are written here field by field; a single view is left to JSON-B.
 *
 * <pre>
 * String json = HealthJson.write(view);   // {"id":"c-1","name":"Ada","score":50,"band":"average",...}
 * </pre>
 */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public class HealthJson implements MessageBodyWriter<Collection<?>> {

    /** Looked up once: {@code Json.create…} searches the class path for a provider on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    /** {@code view} as the API answers it. */
    public static String write(CustomerHealthView view) {
        StringWriter out = new StringWriter(1024);
        try (JsonGenerator json = JSON.createGenerator(out)) {
            customer(json, view);
        }
        return out.toString();
    }

    /** {@code view} as the API answers it. */
    public static String write(CompanyHealthView view) {
        StringWriter out = new StringWriter(1024);
        try (JsonGenerator json = JSON.createGenerator(out)) {
            company(json, view);
        }
        return out.toString();
    }

    /**
     * Lists of views, the batch reads' answers. Declared for collections rather than any object: the runtime
     * prefers the writer declared nearest the answer's type, and JSON-B's is declared for any object.
     */
    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return Collection.class.isAssignableFrom(type) && genericType instanceof ParameterizedType list
                && (list.getActualTypeArguments()[0] == CustomerHealthView.class
                || list.getActualTypeArguments()[0] == CompanyHealthView.class);
    }

    @Override
    public void writeTo(Collection<?> views, Class<?> type, Type genericType, Annotation[] annotations,
                        MediaType mediaType, MultivaluedMap<String, Object> headers, OutputStream entity) {
        // The stream belongs to the container: the generator is flushed, never closed.
        JsonGenerator json = JSON.createGenerator(entity);
        json.writeStartArray();
        views.forEach(view -> any(json, view));
        json.writeEnd();
        json.flush();
    }

    private static void any(JsonGenerator json, Object view) {
        if (view instanceof CustomerHealthView customer) {
            customer(json, customer);
        } else {
            company(json, (CompanyHealthView) view);
        }
    }

    private static void customer(JsonGenerator json, CustomerHealthView view) {
        json.writeStartObject()
                .write("id", view.id())
                .write("name", view.name());
        integer(json, "score", view.score());
        json.write("band", view.band());
        json.writeStartArray("parameters");
        view.parameters().forEach(parameter -> parameter(json, parameter));
        json.writeEnd();
        lastChange(json, view.lastChange());
        instant(json, "computedAt", view.computedAt());
        integer(json, "delta7", view.delta7());
        integer(json, "delta30", view.delta30());
        json.writeEnd();
    }

    private static void parameter(JsonGenerator json, ParameterView parameter) {
        json.writeStartObject()
                .write("key", parameter.key())
                .write("title", parameter.title())
                .write("direction", parameter.direction())
                .write("enabled", parameter.enabled());
        decimal(json, "value", parameter.value());
        json.write("band", parameter.band());
        integer(json, "points", parameter.points());
        json.write("weight", parameter.weight())
                .write("goodAverage", parameter.goodAverage())
                .write("averagePoor", parameter.averagePoor());
        decimal(json, "outOf", parameter.outOf());
        json.writeEnd();
    }

    private static void company(JsonGenerator json, CompanyHealthView view) {
        json.writeStartObject()
                .write("id", view.id())
                .write("name", view.name());
        integer(json, "score", view.score());
        json.write("band", view.band());
        string(json, "mode", view.mode());
        CompanyHealthView.Spread spread = view.spread();
        json.writeStartObject("spread")
                .write("healthy", spread.healthy())
                .write("average", spread.average())
                .write("poor", spread.poor())
                .write("noData", spread.noData());
        integer(json, "lowest", spread.lowest());
        integer(json, "highest", spread.highest());
        json.writeEnd();
        json.writeStartArray("customers");
        for (CompanyHealthView.Member member : view.customers()) {
            json.writeStartObject().write("id", member.id());
            integer(json, "score", member.score());
            json.write("band", member.band()).write("tickets", member.tickets()).writeEnd();
        }
        json.writeEnd();
        lastChange(json, view.lastChange());
        instant(json, "computedAt", view.computedAt());
        integer(json, "delta7", view.delta7());
        integer(json, "delta30", view.delta30());
        json.writeEnd();
    }

    private static void lastChange(JsonGenerator json, LastChangeView change) {
        if (change == null) {
            json.writeNull("lastChange");
            return;
        }
        json.writeStartObject("lastChange");
        instant(json, "at", change.at());
        integer(json, "previousScore", change.previousScore());
        string(json, "kind", change.kind());
        string(json, "reference", change.reference());
        string(json, "summary", change.summary());
        if (change.cause() == null) {
            json.writeNull("cause");
        } else {
            json.writeStartObject("cause").write("key", change.cause().key()).writeStartArray("arguments");
            change.cause().arguments().forEach(json::write);
            json.writeEnd().writeEnd();
        }
        json.writeStartArray("parameters");
        List<String> parameters = change.parameters();
        parameters.forEach(json::write);
        json.writeEnd().writeEnd();
    }

    private static void integer(JsonGenerator json, String name, Integer value) {
        if (value == null) {
            json.writeNull(name);
        } else {
            json.write(name, value);
        }
    }

    private static void decimal(JsonGenerator json, String name, Double value) {
        if (value == null) {
            json.writeNull(name);
        } else {
            json.write(name, value);
        }
    }

    private static void string(JsonGenerator json, String name, String value) {
        if (value == null) {
            json.writeNull(name);
        } else {
            json.write(name, value);
        }
    }

    private static void instant(JsonGenerator json, String name, Instant value) {
        string(json, name, value == null ? null : value.toString());
    }
}
