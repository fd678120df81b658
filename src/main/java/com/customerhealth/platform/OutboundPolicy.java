package com.customerhealth.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The operator's word on addresses entered on a page or through the API ({@link OutboundTargets}):
 * {@code chm.outbound.allow-http} and {@code chm.outbound.allow-private-targets}, both off by default.
 */
@ApplicationScoped
public class OutboundPolicy {

    @Inject
    @ConfigProperty(name = "chm.outbound.allow-http", defaultValue = "false")
    boolean allowHttp;

    @Inject
    @ConfigProperty(name = "chm.outbound.allow-private-targets", defaultValue = "false")
    boolean allowPrivate;

    /** What is wrong with calling {@code target}, resolving its host now, or nothing. */
    public Optional<OutboundTargets.Refusal> check(String target) {
        return OutboundTargets.check(target, new OutboundTargets.Policy(allowHttp, allowPrivate), InetAddress::getAllByName);
    }
}
