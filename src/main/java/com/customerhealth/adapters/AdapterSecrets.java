package com.customerhealth.adapters;

import com.customerhealth.tenancy.Tenants;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * Each helpdesk's webhook secret per tenant, and its configured source, from MicroProfile Config:
 * {@code chm.adapters.<name>.secret} for the default tenant, {@code chm.adapters.<name>.secret.<tenant>} for
 * another, {@code chm.adapters.<name>.source} (and {@code .source.<tenant>}) for the source URI of its events. A tenant other than the
 * default exists for a helpdesk's webhooks only once it has that helpdesk's secret.
 *
 * <pre>{@code
 * secrets.secretOf("zammad", "default"); // Optional[the value of chm.adapters.zammad.secret]
 * }</pre>
 */
@ApplicationScoped
public class AdapterSecrets {

    @Inject
    Config config;

    @Inject
    Tenants tenants;

    /** The secret of {@code helpdesk}'s webhooks for {@code tenant}, if one is configured. */
    public Optional<String> secretOf(String helpdesk, String tenant) {
        return config.getOptionalValue(keyOf(helpdesk, tenants.defaultTenant().equals(tenant) ? null : tenant),
                String.class).filter(secret -> !secret.isBlank());
    }

    /**
     * The source configured for {@code helpdesk}'s events of {@code tenantId}, if any: {@code
     * chm.adapters.<name>.source.<tenant>}, or {@code chm.adapters.<name>.source} for the default tenant and
     * for a tenant without its own (tenants with helpdesks of their own name theirs, so that their backfills
     * match their webhooks).
     */
    public Optional<String> sourceOf(String helpdesk, String tenantId) {
        return config.getOptionalValue("chm.adapters." + helpdesk + ".source." + tenantId, String.class)
                .map(String::trim).filter(source -> !source.isEmpty())
                .or(() -> config.getOptionalValue("chm.adapters." + helpdesk + ".source", String.class)
                        .map(String::trim).filter(source -> !source.isEmpty()));
    }

    /** The configuration key of {@code helpdesk}'s secret for {@code tenant}; {@code null}: the default tenant. */
    public static String keyOf(String helpdesk, String tenant) {
        return "chm.adapters." + helpdesk + ".secret" + (tenant == null ? "" : "." + tenant);
    }
}
