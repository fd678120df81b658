package com.customerhealth.events;

import com.customerhealth.platform.Problem;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/** 503 with Retry-After when the store cannot take events, so the sender tries the same events again. */
@Provider
public class StoreUnavailableAnswer implements ExceptionMapper<StoreUnavailableException> {

    private static final Logger LOG = Logger.getLogger(StoreUnavailableAnswer.class.getName());

    static final int RETRY_AFTER_SECONDS = 5;

    @Override
    public Response toResponse(StoreUnavailableException exception) {
        LOG.log(Level.WARNING, "Events refused for now", exception);
        return Response.fromResponse(Problem.of(Response.Status.SERVICE_UNAVAILABLE,
                        "The store is unavailable; send the same events again later, they are applied once")
                .toResponse()).header("Retry-After", RETRY_AFTER_SECONDS).build();
    }
}
