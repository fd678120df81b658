package com.customerhealth.testing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Map;
import java.util.Set;

/**
 * The callers of the integration tests; each one's password is its name. {@link #AGENT} is an agent of
 * the default tenant, {@link #OUTSIDER} has no role, {@link #OTHER_TENANT_AGENT} is an agent of tenant
 * {@link #OTHER_TENANT}.
 */
@ApplicationScoped
public class TestUsers implements IdentityStore {

    public static final String AGENT = "it-agent";
    public static final String OUTSIDER = "it-outsider";
    public static final String OTHER_TENANT_AGENT = "it-other-agent";
    public static final String OTHER_TENANT = "it-other";

    private static final Map<String, Set<String>> GROUPS = Map.of(
            AGENT, Set.of("agent"),
            OUTSIDER, Set.of(),
            OTHER_TENANT_AGENT, Set.of("agent", "tenant:" + OTHER_TENANT));

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (credential instanceof UsernamePasswordCredential login && GROUPS.containsKey(login.getCaller())) {
            return login.getPassword().compareTo(login.getCaller())
                    ? new CredentialValidationResult(login.getCaller(), GROUPS.get(login.getCaller()))
                    : CredentialValidationResult.INVALID_RESULT;
        }
        return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
}
