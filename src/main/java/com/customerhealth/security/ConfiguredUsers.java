package com.customerhealth.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.Config;

/**
 * Users from MicroProfile Config, for an install that does not take its callers from the server's realm:
 *
 * <pre>
 * chm.security.user.ann.password-hash=PBKDF2WithHmacSHA256:210000:…:…   (mvn -q exec:java@password-hash)
 * chm.security.user.ann.groups=admin,agent,tenant:acme
 * </pre>
 *
 * <p>In demo mode ({@code chm.demo=true}) the demo users {@code agent}/{@code agent} and
 * {@code admin}/{@code admin} exist as well; their passwords, too, are kept only as hashes. Checking a
 * password takes PBKDF2's deliberate tenth of a second, so a credential found right is remembered for
 * {@value #REMEMBERED_MINUTES} minutes, as a keyed digest that only this process can reproduce: an API
 * caller sending Basic credentials with every request pays the price once, not on every request.
 */
@ApplicationScoped
public class ConfiguredUsers implements IdentityStore {

    private static final Logger LOG = Logger.getLogger(ConfiguredUsers.class.getName());
    private static final String PREFIX = "chm.security.user.";
    private static final long REMEMBERED_MINUTES = 5;
    private static final int REMEMBERED_MAX = 10_000;

    /** The demo users' passwords are their names; only these hashes of them are kept. */
    private static final Map<String, User> DEMO_USERS = Map.of(
            "agent", new User("PBKDF2WithHmacSHA256:210000:0uMNjpXyOevJFtvGZ28pc7D+YFEKZSgJZP6FUD6/eno="
                    + ":JB0s68nkW4ibnEj2l/42md3oS+yjGTSUR/CbaPC2Mp4=", Set.of("agent")),
            "admin", new User("PBKDF2WithHmacSHA256:210000:FkeGK5NsGqgtISDEr5dUHLzBv5lZz+3YIuVyJ4dWkVs="
                    + ":uONyW7+C7/L9wVqSOrhxyvNS91yz1tHI7dvUgG5Qtkk=", Set.of("admin", "agent")));

    @Inject
    Config config;

    @Inject
    Clock clock;

    private Map<String, User> users = Map.of();
    private final Map<String, Instant> remembered = new ConcurrentHashMap<>();
    private final byte[] rememberKey = new byte[32];

    private record User(String passwordHash, Set<String> groups) {
    }

    @PostConstruct
    void readUsers() {
        new SecureRandom().nextBytes(rememberKey);
        Map<String, User> found = new HashMap<>();
        if (config.getOptionalValue("chm.demo", Boolean.class).orElse(false)) {
            found.putAll(DEMO_USERS);
        }
        for (String key : config.getPropertyNames()) {
            if (key.startsWith(PREFIX) && key.endsWith(".password-hash")) {
                String name = key.substring(PREFIX.length(), key.length() - ".password-hash".length());
                String groups = config.getOptionalValue(PREFIX + name + ".groups", String.class).orElse("");
                found.put(name, new User(config.getValue(key, String.class), Arrays.stream(groups.split(","))
                        .map(String::trim).filter(group -> !group.isEmpty()).collect(Collectors.toUnmodifiableSet())));
            }
        }
        users = Map.copyOf(found);
        LOG.info(() -> users.isEmpty() ? "No users configured: callers come from the server's other identity stores"
                : users.size() + " users configured: " + String.join(", ", users.keySet()));
    }

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        User user = users.get(login.getCaller());
        if (user == null) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        String digest = digest(login.getCaller(), login.getPassword().getValue(), user.passwordHash());
        Instant until = remembered.get(digest);
        Instant now = clock.instant();
        if (until == null || until.isBefore(now)) {
            if (!PasswordHash.matches(login.getPassword().getValue(), user.passwordHash())) {
                return CredentialValidationResult.INVALID_RESULT;
            }
            if (remembered.size() >= REMEMBERED_MAX) {
                remembered.values().removeIf(expiry -> expiry.isBefore(now));
            }
            if (remembered.size() < REMEMBERED_MAX) {
                remembered.put(digest, now.plus(Duration.ofMinutes(REMEMBERED_MINUTES)));
            }
        }
        return new CredentialValidationResult(login.getCaller(), user.groups());
    }

    /** Names the user, the password and the hash it matched, so a changed hash forgets the credential at once. */
    private String digest(String caller, char[] password, String passwordHash) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(rememberKey, "HmacSHA256"));
            mac.update(caller.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            mac.update(new String(password).getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return Base64.getEncoder().encodeToString(mac.doFinal(passwordHash.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java 17 runtime", e);
        }
    }
}
