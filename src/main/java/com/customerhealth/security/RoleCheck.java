package com.customerhealth.security;

import com.customerhealth.platform.Problem;
import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Enforces, on every resource method the REST runtime matched, the roles its code declares: the method's
 * {@code @RolesAllowed}, {@code @PermitAll} or {@code @DenyAll}, else its class's. Whatever spelling of a
 * path reached the method ({@code api/v1;/settings}, a doubled slash), the check is the method's own, so
 * the URL patterns of {@code web.xml} are a second layer, not the only one.
 *
 * <p>A method that declares nothing is open to nobody: a forgotten annotation refuses callers rather
 * than letting everyone in. A caller without an identity is answered 401 with a Basic challenge, one
 * without the role 403; both as problem details.
 */
@Provider
public class RoleCheck implements DynamicFeature {

    private static final Logger LOG = Logger.getLogger(RoleCheck.class.getName());

    /** Runs before any other authorization the runtime may add, so the answer is always this one. */
    static final int PRIORITY = Priorities.AUTHORIZATION - 100;

    /** What the code of one resource method declares about its callers. */
    record Declared(boolean everyone, List<String> roles) {

        static final Declared NOBODY = new Declared(false, List.of());

        static Declared of(Class<?> resource, Method method) {
            Declared onMethod = on(method);
            if (onMethod != null) {
                return onMethod;
            }
            return on(resource);
        }

        private static Declared on(AnnotatedElement element) {
            if (element.isAnnotationPresent(DenyAll.class)) {
                return NOBODY;
            }
            if (element.isAnnotationPresent(PermitAll.class)) {
                return new Declared(true, List.of());
            }
            RolesAllowed roles = element.getAnnotation(RolesAllowed.class);
            return roles == null ? null : new Declared(false, List.of(roles.value()));
        }
    }

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        Declared declared = Declared.of(resource.getResourceClass(), resource.getResourceMethod());
        if (declared == null) {
            // The runtime's own resources (OPTIONS answers) are closed quietly; a plugin operation loudly.
            boolean ours = resource.getResourceClass().getName().startsWith("com.customerhealth.");
            LOG.log(ours ? Level.SEVERE : Level.FINE, () -> resource.getResourceClass().getName() + "."
                    + resource.getResourceMethod().getName()
                    + " declares no roles (@RolesAllowed, @PermitAll or @DenyAll), so it is open to nobody");
            declared = Declared.NOBODY;
        }
        if (!declared.everyone()) {
            context.register(new Filter(declared.roles()), PRIORITY);
        }
    }

    /** Lets through callers in one of {@code roles}. */
    @Priority(PRIORITY)
    static final class Filter implements ContainerRequestFilter {

        private final List<String> roles;

        Filter(List<String> roles) {
            this.roles = roles;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            SecurityContext caller = request.getSecurityContext();
            if (roles.isEmpty()) {
                request.abortWith(Problem.of(Response.Status.FORBIDDEN, "This operation is open to nobody").toResponse());
            } else if (caller.getUserPrincipal() == null) {
                request.abortWith(Response.fromResponse(Problem.of(Response.Status.UNAUTHORIZED,
                                "Sign in, or send credentials with the request (HTTP Basic)").toResponse())
                        .header("WWW-Authenticate", SignIn.CHALLENGE).build());
            } else if (roles.stream().noneMatch(caller::isUserInRole)) {
                request.abortWith(Problem.of(Response.Status.FORBIDDEN, "This operation needs the role "
                        + String.join(" or ", roles)).toResponse());
            }
        }
    }
}
