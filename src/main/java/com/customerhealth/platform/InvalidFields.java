package com.customerhealth.platform;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A body refused field by field, answered the same by every API: 400 problem details whose {@code detail}
 * names every wrong field in English and whose {@code fields} list each, with its text key and arguments
 * for a page to word in its reader's language.
 *
 * <pre>{@code
 * {"type": "about:blank", "title": "Bad Request", "status": 400,
 *  "detail": "2 fields are wrong; nothing was saved: target: must start with https; language: must be one of: en, de",
 *  "fields": [{"field": "target", "key": "outbound.scheme", "arguments": ["https"], "message": "must start with https"}, …]}
 * }</pre>
 */
public final class InvalidFields {

    private static final JsonProvider JSON = JsonProvider.provider();

    private InvalidFields() {
    }

    /** The 400 answer naming {@code problems}, which are {@code what} ("fields", "settings") of the body. */
    public static Response answer(String what, List<FieldProblem> problems) {
        Texts english = Texts.english();
        String detail = (problems.size() == 1 ? "1 " + what.substring(0, what.length() - 1) + " is"
                : problems.size() + " " + what + " are") + " wrong; nothing was saved: " + problems.stream()
                .map(problem -> problem.field() + ": " + problem.words(english)).collect(Collectors.joining("; "));
        Problem status = Problem.of(Response.Status.BAD_REQUEST, detail);
        JsonObject body = JSON.createObjectBuilder().add("type", status.type()).add("title", status.title())
                .add("status", status.status()).add("detail", detail).add("fields", json(problems)).build();
        return Response.status(Response.Status.BAD_REQUEST).type(Problem.MEDIA_TYPE).entity(body.toString()).build();
    }

    /** {@code problems} as the {@code fields} of an answer: {@code [{field, key, arguments, message}]}, English words. */
    public static JsonArrayBuilder json(List<FieldProblem> problems) {
        Texts english = Texts.english();
        JsonArrayBuilder fields = JSON.createArrayBuilder();
        problems.forEach(problem -> fields.add(JSON.createObjectBuilder().add("field", problem.field())
                .add("key", problem.textKey()).add("arguments", JSON.createArrayBuilder(problem.arguments()))
                .add("message", problem.words(english))));
        return fields;
    }
}
