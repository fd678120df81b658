package com.customerhealth.alerts.delivery;

import com.customerhealth.alerts.AlertKind;
import com.customerhealth.tenancy.Tenants;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where a tenant's alerts go: the subscriptions its admins made and, for the default tenant, those the
 * operator configured: {@code chm.alerts.webhook.url} with {@code chm.alerts.webhook.secret} (and
 * optionally {@code chm.alerts.webhook.kinds}), and each address of {@code chm.alerts.mail.to}. The
 * configured ones are read-only and their targets trusted.
 */
@ApplicationScoped
public class Destinations {

    /** The id of the configured webhook. */
    public static final String CONFIGURED_WEBHOOK = "configured-webhook";
    /** The start of the id of each configured e-mail recipient, followed by a digest of the address. */
    public static final String CONFIGURED_EMAIL = "configured-email-";

    private static final Logger LOG = Logger.getLogger(Destinations.class.getName());

    @Inject
    SubscriptionRepository subscriptions;

    @Inject
    Tenants tenants;

    @Inject
    MailSettings mail;

    @Inject
    @ConfigProperty(name = "chm.alerts.webhook.url")
    Optional<String> webhookUrl;

    @Inject
    @ConfigProperty(name = "chm.alerts.webhook.secret")
    Optional<String> webhookSecret;

    @Inject
    @ConfigProperty(name = "chm.alerts.webhook.kinds")
    Optional<String> webhookKinds;

    private List<Destination> configured;

    @PostConstruct
    void readConfigured() {
        List<Destination> read = new ArrayList<>();
        String tenant = tenants.defaultTenant();
        Optional<String> url = webhookUrl.map(String::trim).filter(value -> !value.isEmpty());
        if (url.isPresent()) {
            Optional<String> secret = webhookSecret.filter(value -> !value.isBlank());
            if (secret.isEmpty()) {
                LOG.severe("chm.alerts.webhook.url is set but chm.alerts.webhook.secret is not: alerts are not sent"
                        + " to it unsigned; set a secret (whsec_… or plain) the receiver checks signatures with");
            } else {
                read.add(new Destination(tenant, CONFIGURED_WEBHOOK, Channel.WEBHOOK, url.get(), secret.get(),
                        kinds(webhookKinds.orElse("")), null, true, true));
            }
        }
        for (String address : mail.recipients()) {
            if (!mail.configured()) {
                LOG.severe("chm.alerts.mail.to is set but chm.alerts.mail.host is not: no digest is sent to " + address);
                continue;
            }
            read.add(new Destination(tenant, configuredEmailId(address), Channel.EMAIL, address, null, Set.of(),
                    mail.language(), true, true));
        }
        configured = List.copyOf(read);
    }

    /** Every destination of {@code tenantId}, the configured ones first, switched off ones included. */
    public List<Destination> of(String tenantId) {
        List<Destination> all = new ArrayList<>(configured(tenantId));
        subscriptions.of(tenantId).forEach(subscription -> all.add(subscription.destination()));
        return all;
    }

    /** The destination {@code id} of {@code tenantId}. */
    public Optional<Destination> find(String tenantId, String id) {
        Optional<Destination> operator = configured(tenantId).stream().filter(each -> each.id().equals(id)).findFirst();
        return operator.isPresent() ? operator : subscriptions.find(tenantId, id).map(Subscription::destination);
    }

    /** The destinations the operator configured for {@code tenantId}: only the default tenant has any. */
    public List<Destination> configured(String tenantId) {
        return configured.stream().filter(each -> each.tenantId().equals(tenantId)).toList();
    }

    /** Whether {@code id} names a configured destination, which no page or API changes. */
    public static boolean isConfigured(String id) {
        return id.equals(CONFIGURED_WEBHOOK) || id.startsWith(CONFIGURED_EMAIL);
    }

    /** The kinds a comma-separated list names; empty: every kind. */
    static Set<AlertKind> kinds(String list) {
        return Arrays.stream(list.split(",")).map(String::trim).filter(key -> !key.isEmpty()).map(AlertKind::fromKey)
                .collect(Collectors.toSet());
    }

    /** A configured recipient's id: stable while its address is, short whatever the address. */
    static String configuredEmailId(String address) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(address.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return CONFIGURED_EMAIL + HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
