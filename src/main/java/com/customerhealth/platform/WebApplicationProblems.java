package com.customerhealth.platform;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Every refusal the REST layer raises (404, 400, 415…) answered as problem details. A refusal the runtime
 * raised itself carries only its status line ("HTTP 415 Unsupported Media Type"); it is answered with what
 * the caller can do about it instead, and the headers it came with (such as {@code Allow}) are kept.
 */
@Provider
public class WebApplicationProblems implements ExceptionMapper<WebApplicationException> {

    @Context
    HttpHeaders headers;

    @Context
    Request request;

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response refused = exception.getResponse();
        Response.Status status = Response.Status.fromStatusCode(refused.getStatus());
        if (status == null) {
            status = Response.Status.INTERNAL_SERVER_ERROR;
        }
        String message = exception.getMessage();
        String detail = message == null || message.equals("HTTP " + status.getStatusCode() + " " + status.getReasonPhrase())
                ? statusLineDetail(status) : message;
        Response.ResponseBuilder answer = Response.fromResponse(Problem.of(status, detail).toResponse());
        refused.getStringHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase(HttpHeaders.CONTENT_TYPE) && !name.equalsIgnoreCase(HttpHeaders.CONTENT_LENGTH)) {
                values.forEach(value -> answer.header(name, value));
            }
        });
        return answer.build();
    }

    private String statusLineDetail(Response.Status status) {
        return switch (status) {
            case UNSUPPORTED_MEDIA_TYPE -> "This operation does not take a body of Content-Type "
                    + (headers.getMediaType() == null ? "(none given)" : "'" + headers.getMediaType() + "'")
                    + ": the JSON operations take application/json, the events application/cloudevents+json or"
                    + " application/cloudevents-batch+json (the OpenAPI document at /openapi names each)";
            case NOT_ACCEPTABLE -> "This operation answers none of the types in Accept ("
                    + (headers.getHeaderString(HttpHeaders.ACCEPT) == null ? "none given"
                    : "'" + headers.getHeaderString(HttpHeaders.ACCEPT) + "'")
                    + "); the OpenAPI document at /openapi names the type it answers";
            case METHOD_NOT_ALLOWED -> request.getMethod() + " is not an operation of " + uri.getRequestUri().getPath()
                    + " (the Allow header names those that are)";
            case NOT_FOUND -> "No operation at " + uri.getRequestUri().getPath() + " (the OpenAPI document at /openapi lists them)";
            default -> status.getReasonPhrase();
        };
    }
}
