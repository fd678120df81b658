package com.customerhealth.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;

/**
 * Callers send their credentials with HTTP Basic, checked against every identity store there is. A
 * caller who opens a page stays signed in for the rest of the browser session, so that the page's own
 * requests (the badge script's reads and its stream of score changes) need no credentials of their
 * own; API callers are checked on every request and get no session.
 */
@ApplicationScoped
public class BasicLogin implements HttpAuthenticationMechanism {

    static final String REALM = "Customer Health Monitor";

    private static final String SIGNED_IN = BasicLogin.class.getName();

    @Inject
    IdentityStoreHandler identityStores;

    /** Who signed in to a browser session, and their groups; never their password. */
    private record SignedIn(String caller, Set<String> groups) implements Serializable {
    }

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            UsernamePasswordCredential credential = decode(header.substring(6).trim());
            CredentialValidationResult result = credential == null ? CredentialValidationResult.INVALID_RESULT
                    : identityStores.validate(credential);
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                return challenge(context);
            }
            if (!isApi(request)) {
                remember(request, new SignedIn(result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups())));
            }
            return context.notifyContainerAboutLogin(result);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SIGNED_IN) instanceof SignedIn signedIn) {
            return context.notifyContainerAboutLogin(signedIn.caller(), signedIn.groups());
        }
        return context.isProtected() ? challenge(context) : context.doNothing();
    }

    private static void remember(HttpServletRequest request, SignedIn signedIn) {
        HttpSession existing = request.getSession(false);
        if (existing != null && !signedIn.equals(existing.getAttribute(SIGNED_IN))) {
            // A new sign-in gets a new session id, so an id planted before it is worth nothing after.
            request.changeSessionId();
        }
        request.getSession().setAttribute(SIGNED_IN, signedIn);
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private static AuthenticationStatus challenge(HttpMessageContext context) {
        context.getResponse().setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
        return context.responseUnauthorized();
    }

    private static UsernamePasswordCredential decode(String token) {
        String pair;
        try {
            pair = new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        int colon = pair.indexOf(':');
        return colon < 0 ? null : new UsernamePasswordCredential(pair.substring(0, colon), pair.substring(colon + 1));
    }
}
