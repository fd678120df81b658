package com.customerhealth.platform;

import jakarta.json.spi.JsonProvider;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.Writer;

/**
 * An error answer as RFC 9457 problem details, so a client reads the same shape for every refusal,
 * whichever layer refused: the REST runtime, the sign-in, or the server's own error handling.
 *
 * @param type   a URI naming the kind of problem ({@code about:blank} when the status says it all)
 * @param title  the kind of problem in a few words
 * @param status the HTTP status
 * @param detail what exactly is wrong with this request
 */
public record Problem(String type, String title, int status, String detail) {

    /** The media type of problem details. */
    public static final String MEDIA_TYPE = "application/problem+json";

    private static final JsonProvider JSON = JsonProvider.provider();

    /** A problem of plain {@code status} with {@code detail}. */
    public static Problem of(Response.Status status, String detail) {
        return of(status.getStatusCode(), detail);
    }

    /** A problem of plain {@code status}, any code, with {@code detail}. */
    public static Problem of(int status, String detail) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return new Problem("about:blank", known == null ? "Error " + status : known.getReasonPhrase(), status, detail);
    }

    /** This problem as a response. */
    public Response toResponse() {
        return Response.status(status).type(MediaType.valueOf(MEDIA_TYPE)).entity(this).build();
    }

    /** Writes this problem as the body of {@code response}, outside the REST runtime. */
    public void writeTo(HttpServletResponse response) throws IOException {
        response.setStatus(status);
        response.setContentType(MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        Writer out = response.getWriter();
        try (var json = JSON.createGenerator(out)) {
            json.writeStartObject().write("type", type).write("title", title).write("status", status);
            if (detail != null) {
                json.write("detail", detail);
            }
            json.writeEnd();
        }
    }
}
