package com.customerhealth.platform;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A failure no other answer covers: 500 as problem details that name a reference and nothing of the
 * failure itself, which goes to the log once under that reference.
 */
@Provider
public class UnexpectedFailures implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedFailures.class.getName());

    @Override
    public Response toResponse(Throwable failure) {
        String reference = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "A request failed, reference " + reference, failure);
        return Problem.of(Response.Status.INTERNAL_SERVER_ERROR,
                "The request failed; the plugin's log names the cause under reference " + reference).toResponse();
    }
}
