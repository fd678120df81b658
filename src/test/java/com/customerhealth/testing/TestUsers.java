package com.customerhealth.testing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The callers of the integration tests; each one's password is its name. {@link #AGENT} is an agent of
 * the default tenant, {@link #OUTSIDER} has no role, {@link #OTHER_TENANT_AGENT} is an agent of tenant
 * {@link #OTHER_TENANT}, and {@link #agentOf(String)} and {@link #adminOf(String)} name an agent or an
 * admin of any tenant, so that a test can have a tenant, its pages and its settings to itself;
 * {@link #withRoles(String, String...)} names a caller of any tenant in exactly the roles given.
 */
@ApplicationScoped
public class TestUsers implements IdentityStore {

    public static final String AGENT = "it-agent";
    public static final String OUTSIDER = "it-outsider";
    public static final String OTHER_TENANT_AGENT = "it-other-agent";
    public static final String OTHER_TENANT = "it-other";

    private static final String AGENT_OF = "it-agent-of-";
    private static final String ADMIN_OF = "it-admin-of-";
    private static final String WITH_ROLES = "it-as-";

    private static final Map<String, Set<String>> GROUPS = Map.of(
            AGENT, Set.of("agent"),
            OUTSIDER, Set.of(),
            OTHER_TENANT_AGENT, Set.of("agent", "tenant:" + OTHER_TENANT));

    /** An agent of {@code tenantId}. */
    public static String agentOf(String tenantId) {
        return AGENT_OF + tenantId;
    }

    /** An admin (and agent) of {@code tenantId}, whose saved settings concern that tenant alone. */
    public static String adminOf(String tenantId) {
        return ADMIN_OF + tenantId;
    }

    /**
     * A caller of {@code tenantId} in exactly {@code roles} (none: signed in, but in no role), for tests that go
     * through every role there is.
     */
    public static String withRoles(String tenantId, String... roles) {
        return WITH_ROLES + String.join("+", roles) + "-of-" + tenantId;
    }

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        String caller = login.getCaller();
        Set<String> groups;
        if (caller.startsWith(AGENT_OF)) {
            groups = Set.of("agent", "tenant:" + caller.substring(AGENT_OF.length()));
        } else if (caller.startsWith(ADMIN_OF)) {
            groups = Set.of("admin", "agent", "tenant:" + caller.substring(ADMIN_OF.length()));
        } else if (caller.startsWith(WITH_ROLES) && caller.contains("-of-")) {
            String roles = caller.substring(WITH_ROLES.length(), caller.indexOf("-of-"));
            Set<String> named = new HashSet<>(Set.of(roles.isEmpty() ? new String[0] : roles.split("\\+")));
            named.add("tenant:" + caller.substring(caller.indexOf("-of-") + "-of-".length()));
            groups = Set.copyOf(named);
        } else {
            groups = GROUPS.get(caller);
        }
        if (groups == null) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return login.getPassword().compareTo(caller)
                ? new CredentialValidationResult(caller, groups)
                : CredentialValidationResult.INVALID_RESULT;
    }
}
