package com.customerhealth.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;

/**
 * How callers sign in: people on the sign-in page ({@code login.xhtml}), programs with HTTP Basic on every
 * request; both are checked against every identity store there is. A person stays signed in for the
 * browser session, so a page's own requests (the badge script's reads and its stream of score changes)
 * need no credentials of their own; API callers get no session. A page asked for without a session is
 * answered with the sign-in page, an API call without credentials with 401 and a Basic challenge.
 */
@ApplicationScoped
public class SignIn implements HttpAuthenticationMechanism {

    static final String REALM = "Customer Health Monitor";

    /** The sign-in page, below the context root. */
    public static final String PAGE = "/login.xhtml";

    private static final String SIGNED_IN = SignIn.class.getName();

    @Inject
    IdentityStoreHandler identityStores;

    /** Who signed in to a browser session, and their groups; never their password. */
    private record SignedIn(String caller, Set<String> groups) implements Serializable {
    }

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        if (context.isAuthenticationRequest() && context.getAuthParameters().getCredential() != null) {
            CredentialValidationResult result = validate(context.getAuthParameters().getCredential());
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            remember(request, result);
            return context.notifyContainerAboutLogin(result);
        }
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            CredentialValidationResult result = validate(decode(header.substring(6).trim()));
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                return challenge(context);
            }
            if (!isApi(request)) {
                remember(request, result);
            }
            return context.notifyContainerAboutLogin(result);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SIGNED_IN) instanceof SignedIn signedIn) {
            return context.notifyContainerAboutLogin(signedIn.caller(), signedIn.groups());
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        return isApi(request) ? challenge(context) : context.redirect(signInPageFor(request));
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response,
                             HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SIGNED_IN);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }

    private CredentialValidationResult validate(Credential credential) {
        return credential == null ? CredentialValidationResult.INVALID_RESULT : identityStores.validate(credential);
    }

    private static void remember(HttpServletRequest request, CredentialValidationResult result) {
        SignedIn signedIn = new SignedIn(result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups()));
        HttpSession existing = request.getSession(false);
        if (existing != null && !signedIn.equals(existing.getAttribute(SIGNED_IN))) {
            // A new sign-in gets a new session id, so an id planted before it is worth nothing after.
            request.changeSessionId();
        }
        request.getSession().setAttribute(SIGNED_IN, signedIn);
    }

    /** The sign-in page, told to come back to the page asked for. */
    private static String signInPageFor(HttpServletRequest request) {
        String asked = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        return request.getContextPath() + PAGE + "?next=" + URLEncoder.encode(asked, StandardCharsets.UTF_8);
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
