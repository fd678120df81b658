package com.customerhealth.security;

import com.customerhealth.platform.ErrorAnswers;
import jakarta.annotation.PostConstruct;
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
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How callers sign in: people on the sign-in page ({@code login.xhtml}), programs with HTTP Basic on every
 * request; both are checked against every identity store there is. A person stays signed in for the
 * browser session, so a page's own requests (the badge script's reads and its stream of score changes)
 * need no credentials of their own; API callers get no session. A page asked for without a session is
 * answered with the sign-in page, an API call without credentials with 401 and a Basic challenge.
 *
 * <p>Every request passes here first, before any access rule is looked at, so this is also where a path
 * that is not spelled canonically ({@link RequestPaths}) is refused with 400: no later layer gets to read
 * it its own way. And it is where password guessing is slowed down: failed sign-ins under one user name
 * from one address, from one address under any name, or under one name from anywhere (with a larger
 * allowance) make the next attempt wait ({@link SignInThrottle}), answered 429 with {@code Retry-After}
 * rather than checked. Credentials that were right a few minutes ago are checked even
 * then, so a program signing in with each request keeps working while someone guesses at its name.
 */
@ApplicationScoped
public class SignIn implements HttpAuthenticationMechanism {

    private static final Logger LOG = Logger.getLogger(SignIn.class.getName());

    static final String REALM = "Customer Health Monitor";

    /** The challenge of a 401 answer. */
    public static final String CHALLENGE = "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"";

    /** The sign-in page, below the context root. */
    public static final String PAGE = "/login.xhtml";

    /** Request attribute holding the whole seconds a refused sign-in must wait, when the throttle refused it. */
    public static final String WAIT_SECONDS = SignIn.class.getName() + ".waitSeconds";

    private static final String SIGNED_IN = SignIn.class.getName();

    /** The longest user name checked; a longer one is refused unchecked. */
    private static final int LONGEST_NAME = 256;

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "chm.security.sign-in.free-failures-per-user-and-address", defaultValue = "5")
    int freePerUserAndAddress;

    @Inject
    @ConfigProperty(name = "chm.security.sign-in.free-failures-per-address", defaultValue = "20")
    int freePerAddress;

    @Inject
    @ConfigProperty(name = "chm.security.sign-in.free-failures-per-user", defaultValue = "50")
    int freePerUser;

    @Inject
    @ConfigProperty(name = "chm.security.sign-in.first-wait-seconds", defaultValue = "1")
    long firstWaitSeconds;

    @Inject
    @ConfigProperty(name = "chm.security.sign-in.longest-wait-seconds", defaultValue = "300")
    long longestWaitSeconds;

    /** Failures of one user name from one address: the guesser's own count. */
    private SignInThrottle pairs;
    /** Failures from one address, under any name: a guesser trying many names. */
    private SignInThrottle addresses;
    /** Failures under one user name from anywhere: many guessers at one name, with a larger allowance. */
    private SignInThrottle users;
    private RememberedCredentials recentlyRight;

    /** Who signed in to a browser session, and their groups; never their password. */
    private record SignedIn(String caller, Set<String> groups) implements Serializable {
    }

    @PostConstruct
    void startThrottles() {
        Duration first = Duration.ofSeconds(firstWaitSeconds);
        Duration longest = Duration.ofSeconds(longestWaitSeconds);
        pairs = new SignInThrottle(clock, freePerUserAndAddress, first, longest, 100_000);
        addresses = new SignInThrottle(clock, freePerAddress, first, longest, 100_000);
        users = new SignInThrottle(clock, freePerUser, first, longest, 100_000);
        recentlyRight = new RememberedCredentials(clock, Duration.ofMinutes(5), 10_000);
    }

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String refusal = RequestPaths.refusal(request.getRequestURI());
        if (refusal != null) {
            return refuse(request, response, HttpServletResponse.SC_BAD_REQUEST, "Not an address of this server: "
                    + refusal);
        }
        if (context.isAuthenticationRequest() && context.getAuthParameters().getCredential() != null) {
            Checked checked = check(request, context.getAuthParameters().getCredential());
            if (checked.waitSeconds() > 0) {
                request.setAttribute(WAIT_SECONDS, checked.waitSeconds());
                return AuthenticationStatus.SEND_FAILURE;
            }
            if (checked.result().getStatus() != CredentialValidationResult.Status.VALID) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            remember(request, checked.result());
            return context.notifyContainerAboutLogin(checked.result());
        }
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            Checked checked = check(request, decode(header.substring(6).trim()));
            if (checked.waitSeconds() > 0) {
                response.setHeader("Retry-After", Long.toString(checked.waitSeconds()));
                return refuse(request, response, 429, "Too many failed sign-ins in a row for this user or from this"
                        + " address; try again in " + checked.waitSeconds() + " s");
            }
            if (checked.result().getStatus() != CredentialValidationResult.Status.VALID) {
                return challenge(context);
            }
            if (!isApi(request)) {
                remember(request, checked.result());
            }
            return context.notifyContainerAboutLogin(checked.result());
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

    /** The identity stores' answer, or, when the throttle holds the attempt back, the seconds left to wait. */
    private record Checked(CredentialValidationResult result, long waitSeconds) {
    }

    private Checked check(HttpServletRequest request, Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return new Checked(credential == null ? CredentialValidationResult.INVALID_RESULT
                    : identityStores.validate(credential), 0);
        }
        String user = login.getCaller();
        String address = request.getRemoteAddr();
        if (user.length() > LONGEST_NAME) {
            addresses.attempt(address);
            return new Checked(CredentialValidationResult.INVALID_RESULT, 0);
        }
        String name = nameKey(user);
        String pair = name + " " + address;
        String password = login.getPasswordAsString();
        if (!recentlyRight.contains(user, password)) {
            Duration wait = longest(pairs.waitFor(pair), addresses.waitFor(address), users.waitFor(name));
            // The pair's count is taken in one step with its check: attempts sent at once wait their turn.
            if (wait.isZero()) {
                wait = pairs.attempt(pair);
            }
            if (!wait.isZero()) {
                return new Checked(CredentialValidationResult.INVALID_RESULT, wholeSeconds(wait));
            }
            addresses.attempt(address);
            users.attempt(name);
        }
        CredentialValidationResult result = identityStores.validate(login);
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            pairs.succeeded(pair);
            users.succeeded(name);
            addresses.retract(address);
            recentlyRight.remember(user, password);
        } else {
            Duration next = longest(pairs.waitFor(pair), addresses.waitFor(address), users.waitFor(name));
            LOG.warning(() -> "Failed sign-in as '" + printable(user) + "' from " + address
                    + (next.isZero() ? "" : "; the next attempt is checked after " + wholeSeconds(next) + " s"));
        }
        return new Checked(result, 0);
    }

    /**
     * A user name as the throttle counts it: the spellings an identity store may take for one name
     * ({@code Ann}, {@code ann }, a compatibility form) count as one, kept as a digest of fixed size.
     */
    static String nameKey(String user) {
        String normalized = Normalizer.normalize(user.strip(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(normalized.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java 17 runtime", e);
        }
    }

    private static Duration longest(Duration... waits) {
        Duration longest = Duration.ZERO;
        for (Duration wait : waits) {
            longest = wait.compareTo(longest) > 0 ? wait : longest;
        }
        return longest;
    }

    private static long wholeSeconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    /** A user name as a log line may carry it: no line breaks or other control characters, not too long. */
    private static String printable(String name) {
        String shown = name.length() > 64 ? name.substring(0, 64) + "…" : name;
        return shown.codePoints().map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    private static AuthenticationStatus refuse(HttpServletRequest request, HttpServletResponse response, int status,
                                               String detail) {
        try {
            ErrorAnswers.send(request, response, status, detail);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
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
        context.getResponse().setHeader("WWW-Authenticate", CHALLENGE);
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
