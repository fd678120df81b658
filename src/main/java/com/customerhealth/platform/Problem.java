package com.customerhealth.platform;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An error answer as RFC 9457 problem details, so a client reads the same shape for every refusal.
 *
 * @param type   a URI naming the kind of problem ({@code about:blank} when the status says it all)
 * @param title  the kind of problem in a few words
 * @param status the HTTP status
 * @param detail what exactly is wrong with this request
 */
@Schema(name = "Problem", description = "An error, as RFC 9457 problem details.")
public record Problem(String type, String title, int status, String detail) {

    /** The media type of problem details. */
    public static final String MEDIA_TYPE = "application/problem+json";

    /** A problem of plain {@code status} with {@code detail}. */
    public static Problem of(Response.Status status, String detail) {
        return new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail);
    }

    /** This problem as a response. */
    public Response toResponse() {
        return Response.status(status).type(MediaType.valueOf(MEDIA_TYPE)).entity(this).build();
    }
}
