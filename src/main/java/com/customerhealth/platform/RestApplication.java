package com.customerhealth.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.servers.Server;

/** The plugin's HTTP API, below {@code /chm/api}. */
@ApplicationPath("api")
@OpenAPIDefinition(
        info = @Info(title = "Customer Health Monitor", version = "1",
                description = "Health scores of a helpdesk's customers and companies, with the reasons behind them."),
        servers = @Server(url = "/chm"),
        security = @SecurityRequirement(name = "agent"))
@SecurityScheme(securitySchemeName = "agent", type = SecuritySchemeType.HTTP, scheme = "basic",
        description = "A caller in the agent role; the server's realm, a token or, in demo mode, agent/agent.")
public class RestApplication extends Application {
}
