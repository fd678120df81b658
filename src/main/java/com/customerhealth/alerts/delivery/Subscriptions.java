package com.customerhealth.alerts.delivery;

import com.customerhealth.platform.FieldProblem;
import com.customerhealth.platform.ChangeRefused;
import com.customerhealth.platform.OutboundPolicy;
import com.customerhealth.platform.WebhookSigning;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What an admin does with a tenant's subscriptions: make one (a webhook gets a new signing secret, shown
 * once), change it, replace its secret, remove it with its log, and send it a test message. A webhook's URL
 * is checked as {@link OutboundPolicy} says; an e-mail subscription needs an SMTP server.
 */
@ApplicationScoped
public class Subscriptions {

    /** Random bytes of a new secret: 256 bits, as HMAC-SHA256 takes. */
    private static final int SECRET_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    SubscriptionRepository subscriptions;

    @Inject
    DeliveryRepository deliveries;

    @Inject
    Outbox outbox;

    @Inject
    OutboundPolicy policy;

    @Inject
    MailSettings mail;

    @Inject
    Clock clock;

    /** A subscription just made or given a new secret, with that secret, which is shown this once. */
    public record WithSecret(Subscription subscription, String secret) {
    }

    /**
     * Makes a subscription of {@code draft} for {@code tenantId}; the draft answered with its problems when
     * it has any, nothing made.
     */
    @Transactional
    public Result<WithSecret> create(String tenantId, SubscriptionDraft draft, String user) {
        SubscriptionDraft checked = checked(draft);
        if (!checked.problems().isEmpty()) {
            return Result.refused(checked.problems());
        }
        String secret = checked.channel() == Channel.WEBHOOK ? newSecret() : null;
        Subscription subscription = new Subscription(tenantId, UUID.randomUUID().toString(), checked.channel(), secret,
                user, clock.instant());
        subscription.change(checked.target(), checked.kinds(), checked.description(), checked.language(),
                checked.enabled(), clock.instant());
        subscriptions.add(subscription);
        return Result.done(new WithSecret(subscription, secret));
    }

    /** Changes the subscription {@code id} to {@code draft}; empty when there is none. */
    @Transactional
    public Optional<Result<Subscription>> change(String tenantId, String id, SubscriptionDraft draft) {
        refuseConfigured(id);
        return subscriptions.find(tenantId, id).map(subscription -> {
            SubscriptionDraft checked = checked(draft);
            if (!checked.problems().isEmpty()) {
                return Result.refused(checked.problems());
            }
            subscription.change(checked.target(), checked.kinds(), checked.description(), checked.language(),
                    checked.enabled(), clock.instant());
            return Result.done(subscription);
        });
    }

    /** Gives the webhook {@code id} a new secret; the old one signs nothing from now on. */
    @Transactional
    public Optional<WithSecret> replaceSecret(String tenantId, String id) {
        refuseConfigured(id);
        return subscriptions.find(tenantId, id).map(subscription -> {
            if (subscription.channel() != Channel.WEBHOOK) {
                throw new ChangeRefused("An e-mail subscription has no secret");
            }
            String secret = newSecret();
            subscription.replaceSecret(secret, clock.instant());
            return new WithSecret(subscription, secret);
        });
    }

    /** Removes the subscription {@code id} with its deliveries, pending ones included; false when there is none. */
    @Transactional
    public boolean remove(String tenantId, String id) {
        refuseConfigured(id);
        Optional<Subscription> subscription = subscriptions.find(tenantId, id);
        subscription.ifPresent(found -> {
            deliveries.removeAll(tenantId, id);
            subscriptions.remove(found);
        });
        return subscription.isPresent();
    }

    /** Writes a test message for {@code destination}, sent at once. */
    @Transactional
    public Delivery test(Destination destination, String user) {
        if (!destination.enabled()) {
            throw new ChangeRefused("The subscription is switched off: switch it on to send it a test message");
        }
        return outbox.writeTest(destination, user);
    }

    private SubscriptionDraft checked(SubscriptionDraft draft) {
        List<FieldProblem> problems = new ArrayList<>();
        if (draft.channel() == Channel.WEBHOOK && !draft.target().isEmpty()) {
            policy.check(draft.target()).ifPresent(refusal -> problems.add(new FieldProblem("target",
                    refusal.problem().textKey(), refusal.arguments())));
        }
        if (draft.channel() == Channel.EMAIL && draft.problems().isEmpty() && !mail.configured()) {
            throw new ChangeRefused("No SMTP server is configured (chm.alerts.mail.host): e-mail subscriptions cannot be"
                    + " sent; ask the operator to configure one");
        }
        return problems.isEmpty() ? draft : draft.with(problems);
    }

    private static void refuseConfigured(String id) {
        if (Destinations.isConfigured(id)) {
            throw new ChangeRefused("Subscription '" + id + "' is set by the operator in the configuration"
                    + " (chm.alerts.webhook.*, chm.alerts.mail.to); it is changed there");
        }
    }

    private static String newSecret() {
        byte[] key = new byte[SECRET_BYTES];
        RANDOM.nextBytes(key);
        return WebhookSigning.ISSUED_PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /** What was made or changed, or the problems that kept it from being so. */
    public record Result<T>(T value, List<FieldProblem> problems) {

        static <T> Result<T> done(T value) {
            return new Result<>(value, List.of());
        }

        static <T> Result<T> refused(List<FieldProblem> problems) {
            return new Result<>(null, problems);
        }
    }
}
