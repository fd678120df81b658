package com.customerhealth.badge;

import com.customerhealth.health.CompanyHealthView;
import com.customerhealth.health.CustomerHealthView;
import com.customerhealth.health.HealthQueries;
import com.customerhealth.platform.InLists;
import com.customerhealth.platform.ReaderTexts;
import com.customerhealth.tenancy.CallerTenant;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The badge cards of one request, read for all badges of a page at once: {@link BadgePrefetch} hands
 * over every id on the page before the first badge renders, so a page of 50 badges costs one statement
 * for its customers and one for its companies. An id asked for later is read on its own.
 */
@RequestScoped
public class BadgeScores {

    @Inject
    HealthQueries queries;

    @Inject
    CallerTenant tenant;

    @Inject
    Clock clock;

    @Inject
    ReaderTexts reader;

    private final Map<String, BadgeCard> customers = new HashMap<>();
    private final Map<String, BadgeCard> companies = new HashMap<>();

    /** Reads the cards of the customers and companies among these ids not read yet in this request. */
    public void prefetch(Set<String> customerIds, Set<String> companyIds) {
        read(customerIds, customers, ids -> cardsOf(ids, queries.customers(tenant.id(), ids),
                CustomerHealthView::id, (id, view) -> BadgeCard.of(id, view, clock.instant(), reader.texts())));
        read(companyIds, companies, ids -> cardsOf(ids, queries.companies(tenant.id(), ids),
                CompanyHealthView::id, (id, view) -> BadgeCard.of(id, view, clock.instant(), reader.texts())));
    }

    /** The card of customer {@code customerId}: grey "no data" for a customer the plugin has not heard of. */
    public BadgeCard customer(String customerId) {
        prefetch(Set.of(customerId), Set.of());
        return customers.get(customerId);
    }

    /** The card of company {@code companyId}: grey "no data" for a company the plugin has not heard of. */
    public BadgeCard company(String companyId) {
        prefetch(Set.of(), Set.of(companyId));
        return companies.get(companyId);
    }

    private static void read(Set<String> ids, Map<String, BadgeCard> cache,
                             Function<List<String>, Map<String, BadgeCard>> reader) {
        List<String> missing = ids.stream().filter(id -> !cache.containsKey(id)).sorted().toList();
        for (List<String> chunk : InLists.of(missing)) {
            cache.putAll(reader.apply(chunk));
        }
    }

    private static <V> Map<String, BadgeCard> cardsOf(List<String> ids, List<V> views, Function<V, String> idOf,
                                                      CardMaker<V> maker) {
        Map<String, V> byId = views.stream().collect(Collectors.toMap(idOf, Function.identity()));
        return ids.stream().collect(Collectors.toMap(Function.identity(), id -> maker.card(id, byId.get(id))));
    }

    @FunctionalInterface
    private interface CardMaker<V> {
        BadgeCard card(String id, V view);
    }
}
