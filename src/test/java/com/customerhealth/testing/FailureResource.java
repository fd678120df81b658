package com.customerhealth.testing;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/**
 * {@code GET api/testing/failure} fails with an exception nothing answers, as a bug would, so a test sees
 * what a caller gets then. Part of the test deployment only.
 */
@Path("testing/failure")
@RequestScoped
@PermitAll
public class FailureResource {

    @GET
    public String fail() {
        throw new IllegalStateException("a failure whose words must not reach the caller: SELECT secret FROM chm_x");
    }
}
