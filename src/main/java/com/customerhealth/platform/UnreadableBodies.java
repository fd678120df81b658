package com.customerhealth.platform;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A request body that is not JSON, or not of the shape the operation takes, answered as 400 problem
 * details naming what is wrong; any other processing failure is the server's, answered as 500.
 */
@Provider
public class UnreadableBodies implements ExceptionMapper<ProcessingException> {

    private final UnexpectedFailures failures = new UnexpectedFailures();

    @Override
    public Response toResponse(ProcessingException exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            // The binder's and parser's words name their internals; the caller is told what to look at instead.
            if (cause instanceof JsonParsingException || cause instanceof JsonbException) {
                return Problem.of(Response.Status.BAD_REQUEST, "The body is not JSON of the shape this operation"
                        + " takes: its request body in the OpenAPI document at /openapi gives it").toResponse();
            }
        }
        return failures.toResponse(exception);
    }
}
