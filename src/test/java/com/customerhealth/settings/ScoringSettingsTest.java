package com.customerhealth.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each setting of the rules under the configuration key the README's table names. */
class ScoringSettingsTest {

    @ParameterizedTest
    @CsvSource({
        "avgCsat.goodAverage, chm.scoring.parameter.avgCsat.good-average",
        "avgInteractions.averagePoor, chm.scoring.parameter.avgInteractions.average-poor",
        "openTickets.enabled, chm.scoring.parameter.openTickets.enabled",
        "ticketsInWindow.weight, chm.scoring.parameter.ticketsInWindow.weight",
        "windowDays, chm.scoring.window-days",
        "csatScale.min, chm.scoring.csat-scale.min",
        "csatScale, chm.scoring.csat-scale",
        "points.average, chm.scoring.points.average",
        "cutoffs.healthy, chm.scoring.cutoff.healthy",
        "companyMode, chm.scoring.company-mode"
    })
    void aSettingIsConfiguredUnderItsKey(String setting, String key) {
        assertEquals(key, ScoringSettings.configKey(setting));
    }
}
