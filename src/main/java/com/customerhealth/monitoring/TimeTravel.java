package com.customerhealth.monitoring;

import com.customerhealth.health.PastScores;
import com.customerhealth.scoring.ParameterScore;
import com.customerhealth.scoring.RulesInForce;
import com.customerhealth.scoring.RulesSince;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A customer's score at a past instant, recomputed from all its events in the journal under the rules in
 * force then, whatever its stored history holds.
 */
@ApplicationScoped
@Transactional
public class TimeTravel implements PastScores {

    @Inject
    HistorySources sources;

    @Inject
    RulesInForce rulesInForce;

    @Override
    public Optional<Past> customerAt(String tenantId, String customerId, Instant at) {
        List<RulesSince> rules = rulesInForce.rulesOverTime(tenantId);
        Map<String, Instant> beginning = new HashMap<>();
        beginning.put(customerId, null);
        List<Happening> happenings = sources.happenings(tenantId, beginning, rules).getOrDefault(customerId, List.of());
        List<ScoreTimeline.Step> steps = ScoreTimeline.of(customerId, happenings, rules, null, null, at);
        if (steps.isEmpty()) {
            return Optional.empty();
        }
        // The last change is the last step that moved the score, as the stored last change is.
        int changed = steps.size() - 1;
        while (changed > 0 && Objects.equals(steps.get(changed).point().score(), steps.get(changed - 1).point().score())) {
            changed--;
        }
        ScoreTimeline.Step change = steps.get(changed);
        ScoreTimeline.Step before = changed == 0 ? null : steps.get(changed - 1);
        return Optional.of(new Past(steps.get(steps.size() - 1).score(), change.point().at(),
                before == null ? null : before.point().score(), change.point().cause(),
                ParameterScore.movedBetween(before == null ? List.of() : before.score().parameters(),
                        change.score().parameters())));
    }
}
