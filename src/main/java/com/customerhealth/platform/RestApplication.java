package com.customerhealth.platform;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.servers.Server;

/** The plugin's HTTP API, below {@code /chm/api}. */
@ApplicationPath("api")
@DeclareRoles({"agent", "admin"})
@OpenAPIDefinition(
        info = @Info(title = "Customer Health Monitor", version = "1",
                description = "Health scores of a helpdesk's customers and companies, with the reasons behind them."),
        servers = @Server(url = "/chm"),
        security = @SecurityRequirement(name = "agent"))
@SecurityScheme(securitySchemeName = "agent", type = SecuritySchemeType.HTTP, scheme = "basic",
        description = "A caller in the agent role; the server's realm, a token or, in demo mode, agent/agent.")
public class RestApplication extends Application {

    /** No WADL: the OpenAPI document describes the API, and a second description only shows more to strangers. */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
