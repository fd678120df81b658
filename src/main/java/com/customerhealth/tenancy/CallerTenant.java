package com.customerhealth.tenancy;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.ForbiddenException;
import java.security.Principal;
import java.util.List;

/**
 * The tenant of the caller of the current request, from the {@code tenant:<id>} group of its identity.
 * A caller naming two tenants is refused rather than guessed at.
 */
@RequestScoped
public class CallerTenant {

    @Inject
    SecurityContext security;

    @Inject
    Tenants tenants;

    private String tenantId;

    /** The id of the caller's tenant. */
    public String id() {
        if (tenantId == null) {
            tenantId = resolve();
        }
        return tenantId;
    }

    private String resolve() {
        // The caller's own name is not a group: someone signed in as "tenant:acme" names no tenant by it.
        Principal caller = security.getCallerPrincipal();
        List<String> named = security.getPrincipalsByType(Principal.class).stream()
                .filter(principal -> !principal.equals(caller) && !(principal instanceof CallerPrincipal))
                .map(Principal::getName)
                .filter(name -> name != null && name.startsWith(Tenants.GROUP_PREFIX))
                .map(name -> name.substring(Tenants.GROUP_PREFIX.length()))
                .distinct()
                .toList();
        if (named.isEmpty()) {
            return tenants.defaultTenant();
        }
        if (named.size() > 1 || !Tenants.isWellFormed(named.get(0))) {
            throw new ForbiddenException("The caller's identity names " + named.size()
                    + " tenants or a malformed one; it must name at most one");
        }
        return named.get(0);
    }
}
