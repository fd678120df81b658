package com.customerhealth.platform;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A change that cannot be made as things stand: 409 problem details saying why. */
@Provider
public class ChangeRefusedAnswer implements ExceptionMapper<ChangeRefused> {

    @Override
    public Response toResponse(ChangeRefused refused) {
        return Problem.of(Response.Status.CONFLICT, refused.getMessage()).toResponse();
    }
}
