package com.customerhealth.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The two users of demo mode: {@code agent}/{@code agent} in the agent role and {@code admin}/{@code admin}
 * in both roles. With {@code chm.demo} off (the default) this store validates nobody.
 */
@ApplicationScoped
public class DemoIdentityStore implements IdentityStore {

    /** Each demo user's password is its name. */
    private static final Map<String, Set<String>> USERS = Map.of(
            "agent", Set.of("agent"),
            "admin", Set.of("admin", "agent"));

    @Inject
    @ConfigProperty(name = "chm.demo", defaultValue = "false")
    boolean demo;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!demo || !(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        Set<String> groups = USERS.get(login.getCaller());
        if (groups == null) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        if (!login.getPassword().compareTo(login.getCaller())) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(login.getCaller(), groups);
    }

    @Override
    public Set<ValidationType> validationTypes() {
        return demo ? IdentityStore.DEFAULT_VALIDATION_TYPES : Set.of();
    }
}
