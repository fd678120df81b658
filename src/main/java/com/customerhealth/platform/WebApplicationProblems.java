package com.customerhealth.platform;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Every refusal the REST layer raises (404, 400, 415…) answered as problem details. */
@Provider
public class WebApplicationProblems implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response.Status status = Response.Status.fromStatusCode(exception.getResponse().getStatus());
        if (status == null) {
            status = Response.Status.INTERNAL_SERVER_ERROR;
        }
        String detail = exception.getMessage() == null ? status.getReasonPhrase() : exception.getMessage();
        return Problem.of(status, detail).toResponse();
    }
}
