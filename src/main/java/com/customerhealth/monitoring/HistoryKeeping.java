package com.customerhealth.monitoring;

import com.customerhealth.directory.CustomerRepository;
import com.customerhealth.health.CompanyHealth;
import com.customerhealth.health.CompanyHealthRepository;
import com.customerhealth.health.CustomerHealth;
import com.customerhealth.health.CustomerHealthRepository;
import com.customerhealth.health.ScoresChanged;
import com.customerhealth.platform.InLists;
import com.customerhealth.scoring.RulesInForce;
import com.customerhealth.scoring.RulesSince;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Keeps every customer's and company's history current in the transaction that moved their scores: from
 * the instant the change reaches back to (a late event's occurrence, a rebuild's beginning of time), the
 * points are derived again from the journal and stored, then the scores 7 and 30 days ago are taken again.
 * Work grows with the customers and companies named and their own events, never with all customers.
 */
@ApplicationScoped
@Transactional
public class HistoryKeeping {

    @Inject
    HistoryRepository history;

    @Inject
    HistorySources sources;

    @Inject
    RulesInForce rulesInForce;

    @Inject
    CustomerHealthRepository customerScores;

    @Inject
    CompanyHealthRepository companyScores;

    @Inject
    CustomerRepository directory;

    /** Where one subject's history is derived again from. */
    private record Start(Instant from, ScorePoint before) {

        static final Start BEGINNING = new Start(null, null);
    }

    void onScoresChanged(@Observes ScoresChanged changed) {
        String tenantId = changed.tenantId();
        List<RulesSince> rules = rulesInForce.rulesOverTime(tenantId);
        Instant now = changed.at();
        // A member's past may have changed with no move of its score now, which alone moves its company's
        // score: the companies of every customer derived again are derived again too. They are locked, in id
        // order, before anything is derived, so two transactions never derive one company's history at once.
        Set<String> companies = new TreeSet<>(changed.companyIds());
        if (!changed.customerIds().isEmpty()) {
            companies.addAll(directory.companiesOf(tenantId, List.copyOf(changed.customerIds())).values());
        }
        for (List<String> chunk : InLists.of(companies)) {
            companyScores.lockedByIds(tenantId, chunk);
        }
        Instant companiesSince = changed.since();
        for (List<String> chunk : InLists.of(new TreeSet<>(changed.customerIds()))) {
            companiesSince = earlier(companiesSince, keepCustomers(tenantId, chunk, changed.since(), rules, now));
        }
        for (List<String> chunk : InLists.of(companies)) {
            keepCompanies(tenantId, chunk, companiesSince, changed.regrouped(), rules, now);
        }
    }

    /**
     * Derives the histories of {@code ids} again from {@code since} on, and answers the earliest instant a
     * point of theirs was removed or written at: a history picked up after its latest point, or begun, gains
     * points (ends of windows, earlier events) from before {@code since}, which their companies must read.
     */
    private Instant keepCustomers(String tenantId, List<String> ids, Instant since, List<RulesSince> rules,
                                  Instant now) {
        Map<String, Start> starts = starts(tenantId, HistoryRepository.CUSTOMER, ids, since);
        Map<String, Instant> froms = new HashMap<>();
        starts.forEach((id, start) -> froms.put(id, start.from()));
        Map<String, List<Happening>> happenings = sources.happenings(tenantId, froms, rules);
        Instant earliest = since;
        for (String id : ids) {
            Start start = starts.get(id);
            List<Happening> own = happenings.getOrDefault(id, List.of());
            List<HistoryPoint> points = ScoreTimeline.of(id, own, rules, start.from(),
                    start.before() == null ? null : start.before().point(), until(now, own.stream()
                            .map(happening -> happening.order().occurredAt()))).stream()
                    .map(ScoreTimeline.Step::point).toList();
            history.append(tenantId, HistoryRepository.CUSTOMER, id, start.before(), points);
            if (!points.isEmpty() && since != null) {
                earliest = earlier(earliest, points.get(0).at());
            }
        }
        takeScoresBefore(tenantId, HistoryRepository.CUSTOMER, ids, now);
        return earliest;
    }

    private void keepCompanies(String tenantId, List<String> ids, Instant since, Map<String, Set<String>> regrouped,
                               List<RulesSince> rules, Instant now) {
        // A company that gained or lost a member is formed again from the first point of any member that came
        // or went: before it, none of them counted. A new customer's first point is the one just kept.
        Map<String, Instant> firstPoints = history.firstPointsOf(tenantId, HistoryRepository.CUSTOMER,
                ids.stream().filter(regrouped::containsKey).flatMap(id -> regrouped.get(id).stream()).distinct()
                        .toList());
        Map<Instant, List<String>> bySince = new HashMap<>();
        for (String id : ids) {
            Instant from = since;
            for (String member : regrouped.getOrDefault(id, Set.of())) {
                Instant first = firstPoints.get(member);
                if (first != null) {
                    from = earlier(from, first);
                }
            }
            bySince.computeIfAbsent(from, key -> new ArrayList<>()).add(id);
        }
        Map<String, Start> starts = new HashMap<>();
        bySince.forEach((from, group) -> starts.putAll(starts(tenantId, HistoryRepository.COMPANY, group, from)));
        // Companies derived from the beginning read all their members' points; the others only those of
        // members that moved since their start, and the stored scores of the rest.
        List<String> fromBeginning = ids.stream().filter(id -> starts.get(id).from() == null).toList();
        List<String> dated = ids.stream().filter(id -> starts.get(id).from() != null).toList();
        Map<String, Map<String, List<HistoryPoint>>> members = new HashMap<>();
        if (!fromBeginning.isEmpty()) {
            members.putAll(history.memberPointsOf(tenantId, fromBeginning, null));
        }
        for (String id : dated) {
            members.put(id, history.memberPointsSince(tenantId, id, starts.get(id).from()));
        }
        for (String id : ids) {
            Start start = starts.get(id);
            Map<String, List<HistoryPoint>> own = members.getOrDefault(id, Map.of());
            List<HistoryPoint> points = CompanyTimeline.of(own, rules, start.from(),
                    start.before() == null ? null : start.before().point(),
                    until(now, own.values().stream().flatMap(List::stream).map(HistoryPoint::at)));
            history.append(tenantId, HistoryRepository.COMPANY, id, start.before(), points);
        }
        takeScoresBefore(tenantId, HistoryRepository.COMPANY, ids, now);
    }

    /**
     * How far a history is derived: to now, or to the latest of {@code occurrences} when that is later (an
     * event dated a little ahead of this server's clock moves the score now, so its point is kept now too).
     */
    private static Instant until(Instant now, Stream<Instant> occurrences) {
        return occurrences.max(Comparator.naturalOrder()).filter(now::isBefore).orElse(now);
    }

    /** The earlier of two starts, {@code null} (the beginning) being the earliest. */
    private static Instant earlier(Instant a, Instant b) {
        return a == null || b == null ? null : a.isBefore(b) ? a : b;
    }

    /**
     * Gives the stored scores of {@code ids} (of {@code kind}, at most {@link InLists#MAX_SIZE}) their scores
     * 7 and 30 days before {@code now} by the history, and so their moves since.
     */
    public void takeScoresBefore(String tenantId, String kind, List<String> ids, Instant now) {
        Map<String, Integer> weekAgo = history.scoresAt(tenantId, kind, ids, now.minus(Duration.ofDays(7)));
        Map<String, Integer> monthAgo = history.scoresAt(tenantId, kind, ids, now.minus(Duration.ofDays(30)));
        if (HistoryRepository.CUSTOMER.equals(kind)) {
            Map<String, CustomerHealth> scores = customerScores.lockedByIds(tenantId, ids);
            scores.forEach((id, health) -> health.takeScoresBefore(weekAgo.get(id), monthAgo.get(id)));
        } else {
            Map<String, CompanyHealth> scores = companyScores.lockedByIds(tenantId, ids);
            scores.forEach((id, health) -> health.takeScoresBefore(weekAgo.get(id), monthAgo.get(id)));
        }
    }

    /**
     * Where each of {@code ids} is derived again from, with what is stored made ready for it: when the change
     * reaches back no further than the latest point, just after it, that point kept; when it reaches back
     * further, from {@code since}, the points from then on removed; from the beginning, everything removed,
     * for a rebuild and for a subject with no history yet.
     */
    private Map<String, Start> starts(String tenantId, String kind, List<String> ids, Instant since) {
        Map<String, ScorePoint> latest = history.latestOf(tenantId, kind, ids);
        Map<String, Start> starts = new HashMap<>();
        for (String id : ids) {
            ScorePoint last = latest.get(id);
            if (last != null && since != null && since.isAfter(last.at())) {
                starts.put(id, new Start(last.at().plusMillis(1), last));
                continue;
            }
            if (last != null && since != null) {
                history.deleteFrom(tenantId, kind, id, since, last);
                ScorePoint before = history.latestBefore(tenantId, kind, id, since);
                if (before != null) {
                    // The points after it on its day are gone: it ends its day again.
                    before.markDayLast(true);
                    starts.put(id, new Start(since, before));
                    continue;
                }
            } else if (last != null) {
                history.deleteFrom(tenantId, kind, id, null, last);
            }
            starts.put(id, Start.BEGINNING);
        }
        return starts;
    }
}
