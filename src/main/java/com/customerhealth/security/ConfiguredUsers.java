package com.customerhealth.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;

/**
 * Users from MicroProfile Config, for an install that does not take its callers from the server's realm:
 *
 * <pre>
 * chm.security.user.ann.password-hash=PBKDF2WithHmacSHA256:210000:…:…   (mvn -q exec:java@password-hash)
 * chm.security.user.ann.groups=admin,agent,tenant:acme
 * </pre>
 *
 * <p>In demo mode ({@code chm.demo=true}) the demo users {@code agent}/{@code agent},
 * {@code manager}/{@code manager} and {@code admin}/{@code admin} exist as well; their passwords, too, are kept only as hashes. Checking a
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
                    + ":uONyW7+C7/L9wVqSOrhxyvNS91yz1tHI7dvUgG5Qtkk=", Set.of("admin", "agent")),
            "manager", new User("PBKDF2WithHmacSHA256:210000:qfCAwlKS0qIr/KPX2TTDgiUyhrel4feyaUQZW+91eNo="
                    + ":Rcds3b8vM1BaYBWYLNZXGd06tc51Ga+iqo7b7JAOzrg=", Set.of("manager", "agent")));

    @Inject
    Config config;

    @Inject
    Clock clock;

    private Map<String, User> users = Map.of();
    private RememberedCredentials remembered;

    private record User(String passwordHash, Set<String> groups) {
    }

    @PostConstruct
    void readUsers() {
        remembered = new RememberedCredentials(clock, Duration.ofMinutes(REMEMBERED_MINUTES), REMEMBERED_MAX);
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
        // The hash is part of what is remembered, so a changed hash forgets the credential at once.
        String password = login.getPasswordAsString();
        if (!remembered.contains(login.getCaller(), password, user.passwordHash())) {
            if (!PasswordHash.matches(login.getPassword().getValue(), user.passwordHash())) {
                return CredentialValidationResult.INVALID_RESULT;
            }
            remembered.remember(login.getCaller(), password, user.passwordHash());
        }
        return new CredentialValidationResult(login.getCaller(), user.groups());
    }
}
