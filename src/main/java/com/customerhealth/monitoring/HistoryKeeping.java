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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

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

    @Inject
    Clock clock;

    /** Where one subject's history is derived again from. */
    private record Start(Instant from, ScorePoint before) {

        static final Start BEGINNING = new Start(null, null);
    }

    void onScoresChanged(@Observes ScoresChanged changed) {
        String tenantId = changed.tenantId();
        List<RulesSince> rules = rulesInForce.rulesOverTime(tenantId);
        Instant now = clock.instant();
        for (List<String> chunk : InLists.of(new TreeSet<>(changed.customerIds()))) {
            keepCustomers(tenantId, chunk, changed.since(), rules, now);
        }
        // A member's past may have changed with no move of its score now, which alone moves its company's
        // score: the companies of every customer derived again are derived again too.
        Set<String> companies = new TreeSet<>(changed.companyIds());
        if (!changed.customerIds().isEmpty()) {
            companies.addAll(directory.companiesOf(tenantId, List.copyOf(changed.customerIds())).values());
        }
        for (List<String> chunk : InLists.of(companies)) {
            keepCompanies(tenantId, chunk, changed.since(), changed.regrouped(), rules, now);
        }
    }

    private void keepCustomers(String tenantId, List<String> ids, Instant since, List<RulesSince> rules, Instant now) {
        Map<String, Start> starts = starts(tenantId, HistoryRepository.CUSTOMER, ids, since);
        Map<String, Instant> froms = new HashMap<>();
        starts.forEach((id, start) -> froms.put(id, start.from()));
        Map<String, List<Happening>> happenings = sources.happenings(tenantId, froms, rules);
        for (String id : ids) {
            Start start = starts.get(id);
            List<HistoryPoint> points = ScoreTimeline.of(id, happenings.getOrDefault(id, List.of()), rules,
                    start.from(), start.before() == null ? null : start.before().point(), now).stream()
                    .map(ScoreTimeline.Step::point).toList();
            history.append(tenantId, HistoryRepository.CUSTOMER, id, start.before(), points);
        }
        takeScoresBefore(tenantId, HistoryRepository.CUSTOMER, ids, now);
    }

    private void keepCompanies(String tenantId, List<String> ids, Instant since, Set<String> regrouped,
                               List<RulesSince> rules, Instant now) {
        // A company that gained or lost a member is formed from its members' whole histories again.
        Map<String, Start> starts = new HashMap<>();
        List<String> regroupedHere = ids.stream().filter(regrouped::contains).toList();
        if (!regroupedHere.isEmpty()) {
            starts.putAll(starts(tenantId, HistoryRepository.COMPANY, regroupedHere, null));
        }
        List<String> others = ids.stream().filter(id -> !regrouped.contains(id)).toList();
        if (!others.isEmpty()) {
            starts.putAll(starts(tenantId, HistoryRepository.COMPANY, others, since));
        }
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
            List<HistoryPoint> points = CompanyTimeline.of(members.getOrDefault(id, Map.of()), rules, start.from(),
                    start.before() == null ? null : start.before().point(), now);
            history.append(tenantId, HistoryRepository.COMPANY, id, start.before(), points);
        }
        takeScoresBefore(tenantId, HistoryRepository.COMPANY, ids, now);
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
