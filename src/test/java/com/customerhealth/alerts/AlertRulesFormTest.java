package com.customerhealth.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AlertRulesFormTest {

    @Test
    void aFormShowsItsSettingsAndGivesThemBackUnchanged() {
        Map<String, String> settings = AlertSettings.of(AlertRules.defaults().withBandDrop(false));

        AlertRulesForm form = AlertRulesForm.of(settings);

        assertEquals(settings, form.settings());
        assertFalse(form.getSwitches().get("bandDrop.enabled"));
        assertTrue(form.getSwitches().get("lowCsat.enabled"));
        assertEquals("30", form.getNumbers().get("scoreDrop.points"));
        assertEquals(List.of("bandDrop.enabled", "scoreDrop.enabled", "ticketSpike.enabled", "lowCsat.enabled"),
                List.copyOf(form.getSwitches().keySet()));
    }

    @Test
    void aSwitchConfiguredAsTrueShowsOnAndIsGivenBackAsOn() {
        Map<String, String> settings = new LinkedHashMap<>(AlertSettings.of(AlertRules.defaults()));
        settings.put("lowCsat.enabled", "TRUE");
        settings.put("bandDrop.enabled", "false");

        Map<String, String> given = AlertRulesForm.of(settings).settings();

        assertEquals("on", given.get("lowCsat.enabled"));
        assertEquals("off", given.get("bandDrop.enabled"));
    }

    @Test
    void whatWasTypedIsGivenAsTypedAndAnEmptiedFieldIsMissing() {
        AlertRulesForm form = AlertRulesForm.of(AlertSettings.of(AlertRules.defaults()));
        form.getSwitches().put("lowCsat.enabled", false);
        form.getSwitches().put("scoreDrop.enabled", null);
        form.getNumbers().put("scoreDrop.points", "many");
        form.getNumbers().put("coolDown.hours", null);
        form.getNumbers().put("scoreDrop.days", " 14 ");

        Map<String, String> settings = form.settings();

        assertEquals("off", settings.get("lowCsat.enabled"));
        assertEquals("off", settings.get("scoreDrop.enabled"), "a switch the page sent no value for is off");
        assertEquals(List.of("scoreDrop.points:wholeNumber", "coolDown.hours:missing"), AlertSettings.read(settings)
                .problems().stream().map(problem -> problem.setting() + ":" + problem.problem().key()).toList());
        assertEquals(AlertSettings.NAMES, List.copyOf(settings.keySet()));
        settings.put("scoreDrop.points", "25");
        settings.put("coolDown.hours", "6");
        assertEquals(14, AlertSettings.read(settings).rules().orElseThrow().scoreDrop().days());
    }
}
