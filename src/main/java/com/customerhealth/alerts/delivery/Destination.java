package com.customerhealth.alerts.delivery;

import com.customerhealth.alerts.AlertKind;
import java.util.Set;

/**
 * Where a tenant's alert messages go, whether an admin subscribed it or the operator configured it: all a
 * sender needs to know.
 *
 * @param tenantId the tenant
 * @param id       the subscription's id ({@code configured-…} for the operator's)
 * @param channel  webhook or e-mail
 * @param target   the webhook's URL or the e-mail address
 * @param secret   the webhook's signing secret ({@code whsec_…} or plain); none for e-mail
 * @param kinds    the kinds of alerts it wants; empty: every kind
 * @param language the language of its e-mail ({@code en}, {@code de})
 * @param enabled  whether messages are written for it and sent
 * @param trusted  whether the operator configured it: its target is not checked as one entered on a page is
 */
public record Destination(String tenantId, String id, Channel channel, String target, String secret,
                          Set<AlertKind> kinds, String language, boolean enabled, boolean trusted) {

    public Destination {
        kinds = Set.copyOf(kinds);
    }

    /** Whether alerts of {@code kind} are sent here. */
    public boolean wants(AlertKind kind) {
        return enabled && (kinds.isEmpty() || kinds.contains(kind));
    }
}
