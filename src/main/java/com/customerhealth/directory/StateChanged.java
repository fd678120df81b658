package com.customerhealth.directory;

import com.customerhealth.scoring.ChangeCause;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Events changed the stored state of these customers and companies (their tickets, their company), each
 * with the cause to show: fired in the transaction that changed it, so the scores are recomputed in it.
 *
 * @param tenantId  the tenant
 * @param customers the customers whose scores may have moved, each with its cause
 * @param companies the companies whose scores may have moved besides those of these customers (one a
 *                  customer left or joined, say), each with its cause
 * @param everyCompany whether every company of these customers is to be recomputed, whether their scores
 *                  moved or not (a rebuild's, whose stored company scores are not to be trusted); otherwise
 *                  only the companies of those whose scores moved are
 * @param since     the earliest occurrence among the events, from which the scores' history may have
 *                  changed; {@code null} when it may have changed from the beginning (a rebuild)
 * @param moved     of the companies, the customers that joined or left each: a company's history, formed
 *                  from its members', changes from the first point of any of them on
 * @param causes    of the customers, the causes of every event of the batch about their tickets, when more
 *                  than the one shown: a rating followed in the same batch by another event about the
 *                  customer is still a rating given (see {@link #everyCause})
 */
public record StateChanged(String tenantId, Map<String, ChangeCause> customers, Map<String, ChangeCause> companies,
                           boolean everyCompany, Instant since, Map<String, Set<String>> moved,
                           Map<String, List<ChangeCause>> causes) {

    public StateChanged {
        customers = Map.copyOf(customers);
        companies = Map.copyOf(companies);
        moved = MemberMoves.copyOf(moved);
        Map<String, List<ChangeCause>> copied = new HashMap<>();
        causes.forEach((id, list) -> copied.put(id, List.copyOf(list)));
        causes = Map.copyOf(copied);
    }

    /** A change whose customers each have the one cause shown, every company or not. */
    public StateChanged(String tenantId, Map<String, ChangeCause> customers, Map<String, ChangeCause> companies,
                        boolean everyCompany, Instant since, Map<String, Set<String>> moved) {
        this(tenantId, customers, companies, everyCompany, since, moved, Map.of());
    }

    /**
     * Events that occurred at {@code since} or later changed these customers and companies: the companies of
     * customers whose scores moved follow.
     */
    public StateChanged(String tenantId, Map<String, ChangeCause> customers, Map<String, ChangeCause> companies,
                        Instant since, Map<String, Set<String>> moved) {
        this(tenantId, customers, companies, false, since, moved, Map.of());
    }

    /**
     * Every cause of the batch about {@code customerId}'s tickets, in the order they were noted, the one shown
     * ({@link #customers}) among them; only that one when nothing more was noted.
     */
    public List<ChangeCause> everyCause(String customerId) {
        ChangeCause shown = customers.get(customerId);
        List<ChangeCause> noted = causes.getOrDefault(customerId, List.of());
        if (shown == null || noted.contains(shown)) {
            return noted;
        }
        List<ChangeCause> all = new ArrayList<>(noted);
        all.add(shown);
        return List.copyOf(all);
    }
}
