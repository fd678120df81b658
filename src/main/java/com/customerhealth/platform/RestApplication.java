package com.customerhealth.platform;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;

/** The plugin's HTTP API, below {@code /chm/api}; {@code META-INF/openapi.yaml} describes it. */
@ApplicationPath("api")
@DeclareRoles({"agent", "admin"})
public class RestApplication extends Application {

    /** No WADL: the OpenAPI document describes the API, and a second description only shows more to strangers. */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
