package com.customerhealth.settings;

import com.customerhealth.scoring.InvalidRulesException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while the scoring rules MicroProfile Config describes can be applied; otherwise down with
 * the key at fault, so a typo in a threshold shows at deploy rather than at the first event.
 */
@Readiness
@ApplicationScoped
public class ConfiguredRulesReadiness implements HealthCheck {

    @Inject
    ScoringSettings settings;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("chm-scoring-rules");
        try {
            settings.configuredRules();
            return response.up().build();
        } catch (InvalidRulesException e) {
            return response.down().withData("reason", RuleWords.english(e)).build();
        } catch (IllegalArgumentException e) {
            return response.down().withData("reason", e.getMessage()).build();
        }
    }
}
