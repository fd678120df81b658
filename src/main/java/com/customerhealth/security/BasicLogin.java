package com.customerhealth.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.BasicAuthenticationMechanismDefinition;

/** Callers send their credentials with HTTP Basic, checked against every identity store there is. */
@BasicAuthenticationMechanismDefinition(realmName = "Customer Health Monitor")
@ApplicationScoped
public class BasicLogin {
}
