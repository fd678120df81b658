package com.customerhealth.settings;

import com.customerhealth.platform.Problem;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Two saves at the same moment: the later one is refused with 409, and its caller saves again. */
@Provider
public class ConcurrentSaveAnswer implements ExceptionMapper<ConfigurationHistory.ConcurrentSaveException> {

    @Override
    public Response toResponse(ConfigurationHistory.ConcurrentSaveException exception) {
        return Problem.of(Response.Status.CONFLICT, exception.getMessage()).toResponse();
    }
}
