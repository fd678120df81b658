package com.customerhealth.health;

import com.customerhealth.platform.InLists;
import com.customerhealth.platform.Texts;
import com.customerhealth.scoring.Health;
import com.customerhealth.scoring.HealthCutoffs;
import com.customerhealth.scoring.RulesInForce;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads stored health for the API and the agent view: each call is one statement of the repositories,
 * whatever the number of customers asked for, and names its tenant.
 */
@ApplicationScoped
// Reads too run in a transaction, so that their EntityManager is the transaction's: a non-transactional one
// belongs to the calling invocation, which the runtime hands on to tasks it starts and closes under them.
@Transactional
public class HealthQueries {

    /** The most customers or companies one call reads, so one statement's bind parameters stay within every database's limit. */
    public static final int MAX_IDS = InLists.MAX_SIZE;

    @Inject
    CustomerHealthRepository customerScores;

    @Inject
    CompanyHealthRepository companyScores;

    @Inject
    RulesInForce settings;

    @Inject
    PastScores past;

    /**
     * The health customer {@code customerId} of {@code tenantId} had at {@code at}, recomputed from the
     * journal under the rules in force then, if the customer is known; with no score before its first event.
     * Its moves over 7 and 30 days are not computed for a past instant: the history answers them.
     */
    public Optional<CustomerHealthView> customerAt(String tenantId, String customerId, Instant at) {
        return customer(tenantId, customerId).map(now -> past.customerAt(tenantId, customerId, at)
                .map(then -> new CustomerHealthView(now.id(), now.name(), then.score().value(),
                        then.score().health().key(), then.score().parameters().stream().map(ParameterView::of).toList(),
                        new LastChangeView(then.changedAt(), then.previousScore(), then.cause().kind(),
                                then.cause().reference(),
                                Texts.english().format(then.cause().textKey(), then.cause().arguments().toArray()),
                                new LastChangeView.Words(then.cause().textKey(), then.cause().arguments()),
                                then.moved()), at, null, null))
                .orElseGet(() -> new CustomerHealthView(now.id(), now.name(), null, Health.NO_DATA.key(), List.of(),
                        null, null, null, null)));
    }

    /** The health of customer {@code customerId} of {@code tenantId}, if the customer is known. */
    public Optional<CustomerHealthView> customer(String tenantId, String customerId) {
        return customers(tenantId, List.of(customerId)).stream().findFirst();
    }

    /**
     * The health of the known customers among {@code customerIds}, in the order asked, each once.
     *
     * @throws IllegalArgumentException for more than {@value #MAX_IDS} distinct ids
     */
    public List<CustomerHealthView> customers(String tenantId, Collection<String> customerIds) {
        List<String> ids = distinctWithinLimit(customerIds);
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, CustomerHealthView> found = customerScores.views(tenantId, ids).stream()
                .collect(Collectors.toMap(CustomerHealthView::id, Function.identity()));
        return inOrder(ids, found);
    }

    /** The health of company {@code companyId} of {@code tenantId} with its customers, if the company is known. */
    public Optional<CompanyHealthView> company(String tenantId, String companyId) {
        return companies(tenantId, List.of(companyId)).stream().findFirst();
    }

    /**
     * The health of the known companies among {@code companyIds}, in the order asked, each once.
     *
     * @throws IllegalArgumentException for more than {@value #MAX_IDS} distinct ids
     */
    public List<CompanyHealthView> companies(String tenantId, Collection<String> companyIds) {
        List<String> ids = distinctWithinLimit(companyIds);
        if (ids.isEmpty()) {
            return List.of();
        }
        HealthCutoffs cutoffs = settings.rulesFor(tenantId).cutoffs();
        Map<String, CompanyHealthView> found = companyScores.views(tenantId, ids, cutoffs).stream()
                .collect(Collectors.toMap(CompanyHealthView::id, Function.identity()));
        return inOrder(ids, found);
    }

    private static List<String> distinctWithinLimit(Collection<String> requested) {
        List<String> ids = List.copyOf(new LinkedHashSet<>(requested));
        if (ids.size() > MAX_IDS) {
            throw new IllegalArgumentException(ids.size() + " ids asked for; at most " + MAX_IDS);
        }
        return ids;
    }

    private static <T> List<T> inOrder(List<String> ids, Map<String, T> found) {
        return ids.stream().map(found::get).filter(Objects::nonNull).toList();
    }
}
