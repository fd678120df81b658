package com.customerhealth.security;

import com.customerhealth.platform.Problem;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps other sites from changing anything in a signed-in person's name (cross-site request forgery).
 * A browser sends what it holds for this server (the session cookie, Basic credentials it remembers)
 * with a form or script request that another site starts, so:
 * <ul>
 *   <li>a {@code POST}, {@code PUT} or {@code PATCH} must say its body is JSON ({@code application/json}
 *       or a {@code +json} type such as CloudEvents'): a page of another origin can send a form or plain
 *       text anywhere, but JSON only after a preflight this server never grants;</li>
 *   <li>a state-changing request that a browser sends must come from the plugin's own origin or one of
 *       {@code chm.security.allowed-origins}, as its {@code Origin} header, or else {@code Sec-Fetch-Site},
 *       tells. Programs send neither header and are not concerned, however they sign in.</li>
 * </ul>
 * With the session cookie sent {@code SameSite=Lax} these are the second and third lines of defence.
 */
@Provider
@ApplicationScoped
@Priority(Priorities.AUTHORIZATION)
public class CrossSiteRequests implements ContainerRequestFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");
    private static final Set<String> WITH_BODY = Set.of("POST", "PUT", "PATCH");
    private static final Set<String> SAME_SITE_FETCHES = Set.of("same-origin", "none");

    /** Origins besides the plugin's own whose pages may change things, comma-separated, such as the helpdesk's. */
    @Inject
    @ConfigProperty(name = "chm.security.allowed-origins", defaultValue = " ")
    String allowedOrigins;

    private List<String> allowed;

    @PostConstruct
    void readAllowedOrigins() {
        allowed = Arrays.stream(allowedOrigins.split(",")).map(String::trim).filter(origin -> !origin.isEmpty()).toList();
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String method = request.getMethod().toUpperCase(Locale.ROOT);
        if (SAFE.contains(method)) {
            return;
        }
        if (WITH_BODY.contains(method) && !isJson(request.getMediaType())) {
            request.abortWith(Problem.of(Response.Status.UNSUPPORTED_MEDIA_TYPE, "A " + method + " here takes"
                    + " application/json (or a +json type such as application/cloudevents+json), not "
                    + (request.getMediaType() == null ? "a body without a type" : request.getMediaType())).toResponse());
            return;
        }
        if (!fromOwnSite(request)) {
            request.abortWith(Problem.of(Response.Status.FORBIDDEN, "A change a browser sends must come from the"
                    + " plugin's own pages; this one came from another site").toResponse());
        }
    }

    private static boolean isJson(MediaType type) {
        return type != null && "application".equalsIgnoreCase(type.getType())
                && ("json".equalsIgnoreCase(type.getSubtype()) || type.getSubtype().toLowerCase(Locale.ROOT).endsWith("+json"));
    }

    private boolean fromOwnSite(ContainerRequestContext request) {
        String origin = request.getHeaderString("Origin");
        if (origin != null) {
            return origin.equalsIgnoreCase(originOf(request.getUriInfo().getBaseUri()))
                    || allowed.stream().anyMatch(origin::equalsIgnoreCase);
        }
        String fetchSite = request.getHeaderString("Sec-Fetch-Site");
        return fetchSite == null || SAME_SITE_FETCHES.contains(fetchSite.toLowerCase(Locale.ROOT));
    }

    /** {@code scheme://host[:port]} of {@code uri}, as a browser writes an origin. */
    static String originOf(URI uri) {
        int port = uri.getPort();
        boolean defaultPort = port == -1 || port == 80 && "http".equals(uri.getScheme())
                || port == 443 && "https".equals(uri.getScheme());
        return uri.getScheme() + "://" + uri.getHost() + (defaultPort ? "" : ":" + port);
    }
}
