package com.customerhealth.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Which tenant ids are well formed, and which one a single-tenant install uses. */
@ApplicationScoped
public class Tenants {

    /** Letters, digits, dot, dash and underscore, 1 to 64 of them: safe in a URL, a header and a log line. */
    private static final Pattern TENANT_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    /** The group a caller's identity names its tenant with, followed by the tenant id. */
    public static final String GROUP_PREFIX = "tenant:";

    @Inject
    @ConfigProperty(name = "chm.tenancy.default-tenant", defaultValue = "default")
    String defaultTenant;

    /** The tenant of a single-tenant install, and of every caller that names none. */
    public String defaultTenant() {
        return defaultTenant;
    }

    /** Whether {@code tenantId} is a well-formed tenant id. */
    public static boolean isWellFormed(String tenantId) {
        return tenantId != null && TENANT_ID.matcher(tenantId).matches();
    }
}
